// The connection fields over relations (`City.partnersConnection`, `Organization.membersConnection`, …) beside the
// plain lists they page, filter, sort and count: one batched query per level for the pages of every parent (and one
// for the related nodes), whatever the number of parents; totals and tallies only when asked, batched alike.
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { QueryLabel } from '../../model/query';
import { relationOf, type Relation } from '../../model/query';
import type { ListArgs } from '../../services/search';
import { RELATION_TYPES } from '../connections';
import type { Context } from '../context';
import { City, Nation, Official, Organization } from '../types';

const loaderOfLabel = (ctx: Context, label: QueryLabel) =>
  ({ City: ctx.loaders.city, Nation: ctx.loaders.nation, Organization: ctx.loaders.organization, Official: ctx.loaders.official })[label] as unknown as {
    prime(key: string, value: object): void;
  };

async function connection(ctx: Context, relation: Relation, key: string, args: ListArgs) {
  const types = RELATION_TYPES.get(relation)!;
  const plain: ListArgs = { where: args.where, sort: args.sort, first: args.first, after: args.after, last: args.last, before: args.before };
  const page = await ctx.loaders.related(relation, plain).load(key);
  const loader = loaderOfLabel(ctx, relation.target);
  const edges = page.items.map((item, i) => {
    const node = item.node as Record<string, unknown>;
    loader.prime(String(node[relation.target === 'Nation' ? 'code' : 'id']), item.node);
    const edge = item.edge;
    const properties = { ...edge, topics: (edge.topics as string[] | undefined) ?? null, modifiedAt: edge.updatedAt ?? null };
    return Object.assign(new types.edge(), { cursor: page.cursors[i], node: item.node, properties });
  });
  const counter = () => ctx.loaders.relatedCount(relation, plain.where).load(key);
  return Object.assign(new types.connection(), {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    totalCountLoader: counter,
    aggregateSource: { counter, tallier: (by: string) => ctx.loaders.relatedTally(relation, plain.where, by).load(key) },
  });
}

const PARTNERS = relationOf('City', 'partners');
const MEMBERSHIPS = relationOf('City', 'memberships');
const HOSTED = relationOf('City', 'hostedOrganizations');
const CITIES = relationOf('Nation', 'cities');
const MEMBERS = relationOf('Organization', 'members');
const HOSTED_BY = relationOf('Organization', 'hostedBy');
const MEETINGS = relationOf('Official', 'meetings');
const t = (r: Relation) => RELATION_TYPES.get(r)!;
const PAGED = 'Filterable (`where` on the node and the relationship), sortable and paginated both ways, with totalCount and aggregate.';

@Resolver(() => City)
export class CityRelationsResolver {
  @FieldResolver(() => t(PARTNERS).connection, { description: `The city's partners (sister and friendship) as a connection. ${PAGED}` })
  partnersConnection(@Root() city: City, @Args(() => t(PARTNERS).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, PARTNERS, city.id, args);
  }

  @FieldResolver(() => t(MEMBERSHIPS).connection, { description: `The organizations the city is a member of, as a connection. ${PAGED}` })
  membershipsConnection(@Root() city: City, @Args(() => t(MEMBERSHIPS).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, MEMBERSHIPS, city.id, args);
  }

  @FieldResolver(() => t(HOSTED).connection, { description: `The organizations with an office in the city, as a connection. ${PAGED}` })
  hostedOrganizationsConnection(@Root() city: City, @Args(() => t(HOSTED).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, HOSTED, city.id, args);
  }
}

@Resolver(() => Nation)
export class NationRelationsResolver {
  @FieldResolver(() => t(CITIES).connection, { description: `The cities located in the nation, as a connection. ${PAGED}` })
  citiesConnection(@Root() nation: Nation, @Args(() => t(CITIES).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, CITIES, nation.code, args);
  }
}

@Resolver(() => Organization)
export class OrganizationRelationsResolver {
  @FieldResolver(() => t(MEMBERS).connection, { description: `The member cities, as a connection. ${PAGED}` })
  membersConnection(@Root() organization: Organization, @Args(() => t(MEMBERS).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, MEMBERS, organization.id, args);
  }

  @FieldResolver(() => t(HOSTED_BY).connection, { description: `The cities where the organization has an office, as a connection. ${PAGED}` })
  hostedByConnection(@Root() organization: Organization, @Args(() => t(HOSTED_BY).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, HOSTED_BY, organization.id, args);
  }
}

@Resolver(() => Official)
export class OfficialRelationsResolver {
  @FieldResolver(() => t(MEETINGS).connection, { description: `The officials this one met, with each meeting, as a connection. ${PAGED}` })
  meetingsConnection(@Root() official: Official, @Args(() => t(MEETINGS).args) args: ListArgs, @Ctx() ctx: Context) {
    return connection(ctx, MEETINGS, official.id, args);
  }
}
