// Root queries: lookups by id, paginated lists, and the cross-city traversals.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors';
import type { Row } from '../../store/port';
import type { QueryName } from '../../store/queries';
import { CitiesArgs, NameFilterArgs, OrganizationsArgs, PartnersSharingArgs } from '../args';
import type { Context } from '../context';
import { toCity } from '../loaders';
import { connectionTypes, decodeCursor, toConnection } from '../pagination';
import { City, Nation, Official, Organization, SharedOrganizations, SourceDocument } from '../types';

export const CityConnection = connectionTypes(City, 'City', 'city');
export const NationConnection = connectionTypes(Nation, 'Nation', 'nation');
export const OrganizationConnection = connectionTypes(Organization, 'Organization', 'organization');
export const OfficialConnection = connectionTypes(Official, 'Official', 'official');

/** Runs a list query for one page (fetching one extra row to learn whether a next page exists). */
async function page<T, C extends object>(
  ctx: Context,
  Connection: new () => C,
  queries: { list: QueryName; count: QueryName; column: string },
  filters: Record<string, unknown>,
  args: { first: number; after?: string | null },
  map: (row: Row) => T,
  key: (node: T) => [string, string],
): Promise<C> {
  const position = decodeCursor(args.after);
  const rows = await ctx.store.run(queries.list, { ...filters, ...position, limit: args.first + 1 });
  const count = async () => Number((await ctx.store.run(queries.count, filters))[0]?.count ?? 0);
  return toConnection(Connection, rows.map((r) => map(r[queries.column] as Row)), args.first, position, key, count);
}

@Resolver()
export class QueryResolver {
  @Query(() => City, { nullable: true, description: 'A city by id (e.g. "seoul"), or null when there is none.' })
  city(@Arg('id', () => ID, { description: 'The city id.' }) id: string, @Ctx() ctx: Context): Promise<City | null> {
    return ctx.loaders.city.load(id);
  }

  @Query(() => Nation, { nullable: true, description: 'A nation by ISO 3166-1 alpha-2 code (e.g. "FR"), or null.' })
  nation(@Arg('code', () => ID, { description: 'The nation code.' }) code: string, @Ctx() ctx: Context): Promise<Nation | null> {
    return ctx.loaders.nation.load(code);
  }

  @Query(() => Organization, { nullable: true, description: 'An international organization by id (e.g. "wego"), or null.' })
  organization(@Arg('id', () => ID, { description: 'The organization id.' }) id: string, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.organization.load(id);
  }

  @Query(() => Official, { nullable: true, description: 'An official by id (e.g. "kyong-yul-lee"), or null.' })
  official(@Arg('id', () => ID, { description: 'The official id.' }) id: string, @Ctx() ctx: Context): Promise<Official | null> {
    return ctx.loaders.official.load(id);
  }

  @Query(() => CityConnection, { description: 'Cities, filtered and paginated, ordered by name.' })
  cities(@Args() args: CitiesArgs, @Ctx() ctx: Context) {
    const filters = {
      nation: args.nation ?? null,
      kind: args.kind ?? null,
      tier: args.tier ?? null,
      partnerOf: args.partnerOf ?? null,
      nameContains: args.nameContains ?? null,
    };
    return page(ctx, CityConnection, { list: 'city/list-cities', count: 'city/count-cities', column: 'city' }, filters, args, toCity, (c) => [c.name, c.id]);
  }

  @Query(() => NationConnection, { description: 'Nations, optionally filtered by name, paginated, ordered by name.' })
  nations(@Args() args: NameFilterArgs, @Ctx() ctx: Context) {
    const filters = { nameContains: args.nameContains ?? null };
    return page(ctx, NationConnection, { list: 'nation/list-nations', count: 'nation/count-nations', column: 'nation' }, filters, args, (r) => r as unknown as Nation, (n) => [n.name, n.code]);
  }

  @Query(() => OrganizationConnection, { description: 'International organizations, filtered and paginated, ordered by name.' })
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context) {
    const filters = { category: args.category ?? null, memberCity: args.memberCity ?? null, nameContains: args.nameContains ?? null };
    const queries = { list: 'organization/list-organizations', count: 'organization/count-organizations', column: 'organization' } as const;
    return page(ctx, OrganizationConnection, queries, filters, args, (r) => r as unknown as Organization, (o) => [o.name, o.id]);
  }

  @Query(() => OfficialConnection, { description: 'Officials, optionally filtered by name, paginated, ordered by name.' })
  officials(@Args() args: NameFilterArgs, @Ctx() ctx: Context) {
    const filters = { nameContains: args.nameContains ?? null };
    return page(ctx, OfficialConnection, { list: 'official/list-officials', count: 'official/count-officials', column: 'official' }, filters, args, (r) => r as unknown as Official, (o) => [o.name, o.id]);
  }

  @Query(() => [SharedOrganizations], {
    description:
      'Which partner cities (sister or friendship) of a city are members of the same international organizations, ' +
      'and of which: ordered by the number shared (most first), then by partner name.',
  })
  async partnersSharingOrganizations(@Args() args: PartnersSharingArgs, @Ctx() ctx: Context): Promise<SharedOrganizations[]> {
    if (!(await ctx.loaders.city.load(args.cityId))) throw notFound('City', args.cityId);
    const rows = await ctx.store.run('traversal/partners-sharing-organizations', { cityId: args.cityId, minShared: args.minShared });
    return rows.map((row) => ({
      partner: toCity(row.partner as Row),
      organizations: row.organizations as Organization[],
      sharedCount: Number(row.sharedCount),
    }));
  }

  @Query(() => [Organization], { description: 'The international organizations two cities are both members of, by name.' })
  async sharedOrganizations(
    @Arg('cityA', () => ID, { description: 'One city id.' }) cityA: string,
    @Arg('cityB', () => ID, { description: 'The other city id.' }) cityB: string,
    @Ctx() ctx: Context,
  ): Promise<Organization[]> {
    if (cityA === cityB) throw badInput('cityA and cityB must be two different cities', 'cityB');
    const [a, b] = await Promise.all([ctx.loaders.city.load(cityA), ctx.loaders.city.load(cityB)]);
    if (!a) throw notFound('City', cityA);
    if (!b) throw notFound('City', cityB);
    const rows = await ctx.store.run('traversal/shared-organizations', { cityA, cityB });
    return rows.map((row) => row.organization as Organization);
  }

  @Query(() => [SourceDocument], { description: 'The documents the graph was curated from; every `source` field cites one of these ids.' })
  sources(@Ctx() ctx: Context): SourceDocument[] {
    return ctx.sources;
  }
}
