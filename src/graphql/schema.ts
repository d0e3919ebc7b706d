// Builds the executable schema from the TypeGraphQL classes; `schema.graphql` is printed from it.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  CityResolver,
  HostingResolver,
  MeetingResolver,
  MembershipResolver,
  NationResolver,
  OfficeHoldingResolver,
  OfficeResolver,
  OfficialResolver,
  OrganizationResolver,
} from './resolvers/entity.resolvers';
import {
  CityNodeResolver,
  CoMembershipResolver,
  GraphQueryResolver,
  NationNodeResolver,
  OfficialNodeResolver,
  OrganizationNodeResolver,
  PathResolver,
  SubgraphResolver,
} from './resolvers/graph.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import { MODIFIED_AT_RESOLVERS, NodeResolver } from './resolvers/node.resolver';
import { CityRelationsResolver, NationRelationsResolver, OfficialRelationsResolver, OrganizationRelationsResolver } from './resolvers/relations.resolver';
import { REPORT_RESOLVERS } from './resolvers/report.resolver';

export const RESOLVERS = [
  QueryResolver,
  MutationResolver,
  CityResolver,
  NationResolver,
  OrganizationResolver,
  MembershipResolver,
  HostingResolver,
  OfficeHoldingResolver,
  OfficialResolver,
  OfficeResolver,
  MeetingResolver,
  GraphQueryResolver,
  PathResolver,
  SubgraphResolver,
  CoMembershipResolver,
  CityNodeResolver,
  NationNodeResolver,
  OrganizationNodeResolver,
  OfficialNodeResolver,
  AnalyticsResolver,
  NodeResolver,
  CityRelationsResolver,
  NationRelationsResolver,
  OrganizationRelationsResolver,
  OfficialRelationsResolver,
  ...MODIFIED_AT_RESOLVERS,
  ...REPORT_RESOLVERS,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in a process: build it once. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers: RESOLVERS, validate: true, emitSchemaFile: false }).then((schema) => {
    // TypeGraphQL gives the root type no description; GraphiQL's docs panel opens on it.
    schema.getQueryType()!.description =
      "Seoul's city-diplomacy network: partner cities, the international organizations cities belong to or host, " +
      'and the officials who meet on their behalf. Start with `partnersSharingOrganizations(cityId: "seoul")`.';
    schema.getMutationType()!.description =
      'Writes: each needs `Authorization: Bearer <token>` (the editor role; deletions and imports the admin role), runs in ' +
      'one transaction and returns what it changed. A refused write (BAD_USER_INPUT, NOT_FOUND, CONFLICT, UNAUTHENTICATED, ' +
      'FORBIDDEN) leaves the graph exactly as it was. Every write records its `source` and `updatedAt`.';
    return schema;
  });
  return cached;
}

/** The SDL committed as `schema.graphql`: sorted, so the file changes only when the schema does. */
export async function printSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
