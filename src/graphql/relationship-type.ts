// The relationship types of the graph, as a GraphQL enum: `via` arguments accept only these, so an unknown
// type is rejected by the schema before any resolver runs. Each value is the Cypher relationship type itself.
import { registerEnumType } from 'type-graphql';

export enum RelationshipType {
  SISTER_OF = 'SISTER_OF',
  LOCATED_IN = 'LOCATED_IN',
  MEMBER_OF = 'MEMBER_OF',
  HOSTS = 'HOSTS',
  MET_WITH = 'MET_WITH',
  HOLDS_OFFICE = 'HOLDS_OFFICE',
}

registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'A kind of relationship in the diplomacy graph; the names are the Cypher relationship types.',
  valuesConfig: {
    SISTER_OF: { description: 'City ↔ city: a sister- or friendship-city partnership. Symmetric (undirected).' },
    LOCATED_IN: { description: 'City → nation: the nation a city is located in.' },
    MEMBER_OF: { description: 'City → organization: the city is a member of the international organization.' },
    HOSTS: { description: 'City → organization: the city hosts an office (headquarters, secretariat…) of the organization.' },
    MET_WITH: { description: 'Official → official: a meeting between two officials, stored once from the host side.' },
    HOLDS_OFFICE: { description: 'Official → city, organization or nation: an office the official holds there.' },
  },
});
