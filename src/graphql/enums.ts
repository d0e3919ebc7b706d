// Enumerations of the domain, with the descriptions GraphiQL's docs panel shows.
import { registerEnumType } from 'type-graphql';

export enum PartnerTier {
  SISTER = 'SISTER',
  FRIENDSHIP = 'FRIENDSHIP',
}
registerEnumType(PartnerTier, {
  name: 'PartnerTier',
  description: 'The tier of a partnership between two cities, as the Seoul Metropolitan Government classifies them.',
  valuesConfig: {
    SISTER: { description: 'A sister-city relationship: the closest, most formal tier of twinning.' },
    FRIENDSHIP: { description: 'A friendship-city relationship: a lighter agreement of cooperation and exchange.' },
  },
});

export enum CityKind {
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
  STATE = 'STATE',
  PREFECTURE = 'PREFECTURE',
  REGION = 'REGION',
  DISTRICT = 'DISTRICT',
}
registerEnumType(CityKind, {
  name: 'CityKind',
  description:
    'What kind of local government a partner is. Provinces, states and prefectures sign partnerships too ' +
    '(Shandong, New South Wales, Hokkaido), so they are cities of the graph with a kind.',
  valuesConfig: {
    CITY: { description: 'A city or municipality (including capital and directly governed cities).' },
    PROVINCE: { description: 'A province, such as Shandong or Sichuan.' },
    STATE: { description: 'A federated state, such as New South Wales.' },
    PREFECTURE: { description: 'A prefecture, such as Hokkaido.' },
    REGION: { description: 'A region or special administrative region, such as Hong Kong.' },
    DISTRICT: { description: 'A district, such as the administrative regions of the Federal District of Brazil.' },
  },
});

export enum OrganizationCategory {
  INTERGOVERNMENTAL = 'INTERGOVERNMENTAL',
  QUASI_GOVERNMENTAL = 'QUASI_GOVERNMENTAL',
  INTERNATIONAL_NGO = 'INTERNATIONAL_NGO',
}
registerEnumType(OrganizationCategory, {
  name: 'OrganizationCategory',
  description: 'The category of an international organization, as the "International organizations in Seoul" table gives it.',
  valuesConfig: {
    INTERGOVERNMENTAL: { description: 'An organization of states, such as a United Nations agency or the OECD.' },
    QUASI_GOVERNMENTAL: { description: 'An organization of cities and local governments, such as WeGO or CITYNET.' },
    INTERNATIONAL_NGO: { description: 'An international non-governmental organization, such as the WWF.' },
  },
});

export enum OfficeTargetType {
  CITY = 'CITY',
  ORGANIZATION = 'ORGANIZATION',
  NATION = 'NATION',
}
registerEnumType(OfficeTargetType, {
  name: 'OfficeTargetType',
  description: 'What an office belongs to.',
  valuesConfig: {
    CITY: { description: 'A city government, e.g. the Mayor of Seoul.' },
    ORGANIZATION: { description: 'An international organization, e.g. the Secretary General of WeGO.' },
    NATION: { description: 'A nation, e.g. its ambassador to the Republic of Korea.' },
  },
});

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
  description:
    'The kinds of relationship in the graph, for choosing which ones a path or a neighbourhood may follow (`via`). ' +
    'Traversals ignore direction; each value says in which direction the relationship is stored.',
  valuesConfig: {
    SISTER_OF: { description: 'City — City: a sister- or friendship-city partnership (`tier`, `since`). Undirected: stored once per pair.' },
    LOCATED_IN: { description: 'City → Nation: the nation a city is located in.' },
    MEMBER_OF: { description: 'City → Organization: a city is a member of an international organization (`since`, `role`).' },
    HOSTS: { description: 'City → Organization: an office of the organization is situated in the city (`office`).' },
    MET_WITH: { description: 'Official — Official: two officials met (`on`, `topics`). Undirected: a meeting is stored once.' },
    HOLDS_OFFICE: { description: 'Official → City, Organization or Nation: an official holds an office there (`title`).' },
  },
});

/** Every relationship type, in declaration order. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);

/**
 * Relationship types whose stored direction means nothing (a partnership, a meeting): stored once per pair and
 * reported with `directed: false`.
 */
export const UNDIRECTED_RELATIONSHIP_TYPES: ReadonlySet<RelationshipType> = new Set([RelationshipType.SISTER_OF, RelationshipType.MET_WITH]);
