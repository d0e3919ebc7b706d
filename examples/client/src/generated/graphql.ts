/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of local government a partner is. Provinces, states and prefectures sign partnerships too (Shandong, New South Wales, Hokkaido), so they are cities of the graph with a kind. */
export type CityKind =
  /** A city or municipality (including capital and directly governed cities). */
  | 'CITY'
  /** A district, such as the administrative regions of the Federal District of Brazil. */
  | 'DISTRICT'
  /** A prefecture, such as Hokkaido. */
  | 'PREFECTURE'
  /** A province, such as Shandong or Sichuan. */
  | 'PROVINCE'
  /** A region or special administrative region, such as Hong Kong. */
  | 'REGION'
  /** A federated state, such as New South Wales. */
  | 'STATE';

/** The category of an international organization, as the "International organizations in Seoul" table gives it. */
export type OrganizationCategory =
  /** An organization of states, such as a United Nations agency or the OECD. */
  | 'INTERGOVERNMENTAL'
  /** An international non-governmental organization, such as the WWF. */
  | 'INTERNATIONAL_NGO'
  /** An organization of cities and local governments, such as WeGO or CITYNET. */
  | 'QUASI_GOVERNMENTAL';

/** The kinds of relationship in the graph, for choosing which ones a path or a neighbourhood may follow (`via`). Traversals ignore direction; each value says in which direction the relationship is stored. */
export type RelationshipType =
  /** StatedFigure → City: the city a stated figure is about. */
  | 'ABOUT'
  /** Official → Event, City, Organization: a meeting mentions it: the meeting of `official` with `other` on `on` (`topic`). */
  | 'DISCUSSED'
  /** Event → City: where the event is held. */
  | 'HELD_IN'
  /** Official → City, Organization, Nation: an official holds an office there (`title`). */
  | 'HOLDS_OFFICE'
  /** City → Organization: an office of the organization is situated in the city (`office`). */
  | 'HOSTS'
  /** City → Nation: the nation a city is located in. */
  | 'LOCATED_IN'
  /** City → Organization: a city is a member of an international organization (`since`, `role`). */
  | 'MEMBER_OF'
  /** Official — Official: two officials met (`on`, `topics`). Undirected (mutual): stored once per pair. */
  | 'MET_WITH'
  /** Event → City, Organization, Official: who organizes, hosts, launches or announces it (`role`). */
  | 'ORGANIZED_BY'
  /** Event → Event: a declaration made at an event. */
  | 'PART_OF'
  /** City → Ranking: the city's place in an index. */
  | 'RANKED'
  /** City, Nation → PolicyProject: the city (or nation, where only a nation is named) the policy or project was shared with. */
  | 'RECEIVES'
  /** City → PolicyProject: a city shared (exported) the policy or project. */
  | 'SHARES'
  /** City — City: a sister- or friendship-city partnership (`tier`, `since`). Undirected (mutual): stored once per pair. */
  | 'SISTER_OF';

export type PartnersSharingOrganizationsQueryVariables = Exact<{
  cityId: string | number;
  minShared?: number | null | undefined;
}>;


export type PartnersSharingOrganizationsQuery = { partnersSharingOrganizations: Array<{ sharedCount: number, partner: { id: string, name: string, kind: CityKind, nation: { code: string, name: string } | null }, organizations: Array<{ id: string, name: string, category: OrganizationCategory | null }> }> };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  via?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'City', kind: CityKind, id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Nation', id: string, name: string }
      | { __typename: 'Official', title: string, id: string, name: string }
      | { __typename: 'Organization', acronym: string | null, id: string, name: string }
      | { __typename: 'PolicyProject', id: string, name: string }
      | { __typename: 'Ranking', id: string, name: string }
      | { __typename: 'StatedFigure', id: string, name: string }
    >, relationships: Array<{ type: RelationshipType, source: string, target: string, directed: boolean }> } | null };

export type CitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  nation?: string | number | null | undefined;
}>;


export type CitiesQuery = { cities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };


export const PartnersSharingOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersSharingOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersSharingOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minShared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersSharingOrganizationsQuery, PartnersSharingOrganizationsQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"directed"}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const CitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"nation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;