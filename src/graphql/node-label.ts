// The node labels of the graph, as a GraphQL enum (values are the Cypher labels).
import { registerEnumType } from 'type-graphql';

export enum NodeLabel {
  CITY = 'City',
  NATION = 'Nation',
  ORGANIZATION = 'Organization',
  OFFICIAL = 'Official',
}

registerEnumType(NodeLabel, {
  name: 'NodeLabel',
  description: 'What kind of node something is in the diplomacy graph; each value stands for one Cypher label.',
  valuesConfig: {
    CITY: { description: 'A city or other local government (label `City`).' },
    NATION: { description: 'A nation (label `Nation`; its id is its ISO 3166-1 alpha-2 code).' },
    ORGANIZATION: { description: 'An international organization (label `Organization`).' },
    OFFICIAL: { description: 'An official: a mayor, a secretary general, an ambassador (label `Official`).' },
  },
});
