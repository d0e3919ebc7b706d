// Root queries: lookups by id, paginated lists, and the cross-city traversals.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { QueryLabel } from '../../model/query';
import { page, type Page } from '../../services/catalog';
import { DEFAULT_PAGE_SIZE } from '../../services/search';
import { CitiesArgs, NationsArgs, OfficialsArgs, OrganizationsArgs, PartnersSharingArgs } from '../args';
import { NODE_AGGREGATES, toAggregate } from '../connections';
import type { Context } from '../context';
import { cityWhere, nameWhere, nationWhere, organizationWhere, usesQueryLanguage } from '../legacy-args';
import type { PageArgs } from '../pagination';
import { connectionTypes, toConnection } from '../pagination';
import { City, Nation, Official, Organization, SharedOrganizations, SourceDocument } from '../types';

export const CityConnection = connectionTypes(City, 'City', 'city', NODE_AGGREGATES.City);
export const NationConnection = connectionTypes(Nation, 'Nation', 'nation', NODE_AGGREGATES.Nation);
export const OrganizationConnection = connectionTypes(Organization, 'Organization', 'organization', NODE_AGGREGATES.Organization);
export const OfficialConnection = connectionTypes(Official, 'Official', 'official', NODE_AGGREGATES.Official);

/**
 * One page of a root list: the legacy statements when only today's arguments are used, the query language otherwise;
 * `aggregate` counts over the same filter either way.
 */
async function list<T extends object>(
  ctx: Context,
  label: QueryLabel,
  Connection: new () => object,
  args: PageArgs & { where?: unknown; sort?: unknown },
  where: Record<string, unknown> | null,
  legacy: () => Promise<Page<T>>,
) {
  const search = ctx.services.search;
  const result = usesQueryLanguage(args) ? await search.nodes<T>(label, { ...args, where }) : await legacy();
  const parsed = 'where' in result ? (result.where as ReturnType<typeof search.whereOf>) : search.whereOf(label, where);
  const aggregate = () => toAggregate(NODE_AGGREGATES[label], { counter: () => search.countNodes(label, parsed), tallier: (d) => search.countNodesBy(label, parsed, d) });
  return toConnection(Connection as new () => object, result, aggregate);
}

const firstOf = (args: PageArgs) => ({ first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after });

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

  @Query(() => CityConnection, { description: 'Cities: filtered (`where`), sorted (`sort`, by name by default), paginated forwards (`first`/`after`) or backwards (`last`/`before`).' })
  async cities(@Args() args: CitiesArgs, @Ctx() ctx: Context) {
    const filters = {
      nation: args.nation ?? null,
      continent: args.continent ?? null,
      kind: args.kind ?? null,
      tier: args.tier ?? null,
      partnerOf: args.partnerOf ?? null,
      nameContains: args.nameContains ?? null,
    };
    return list<City>(ctx, 'City', CityConnection, args, cityWhere(args), () => page(ctx.services.repositories.cities, filters, firstOf(args)));
  }

  @Query(() => NationConnection, { description: 'Nations: filtered, sorted (by name by default), paginated forwards or backwards.' })
  async nations(@Args() args: NationsArgs, @Ctx() ctx: Context) {
    return list<Nation>(ctx, 'Nation', NationConnection, args, nationWhere(args), () => page(ctx.services.repositories.nations, { nameContains: args.nameContains ?? null, continent: args.continent ?? null }, firstOf(args)));
  }

  @Query(() => OrganizationConnection, { description: 'International organizations: filtered, sorted (by name by default), paginated forwards or backwards.' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context) {
    const filters = { category: args.category ?? null, memberCity: args.memberCity ?? null, nameContains: args.nameContains ?? null };
    return list<Organization>(ctx, 'Organization', OrganizationConnection, args, organizationWhere(args), () => page(ctx.services.repositories.organizations, filters, firstOf(args)));
  }

  @Query(() => OfficialConnection, { description: 'Officials: filtered, sorted (by name by default), paginated forwards or backwards.' })
  async officials(@Args() args: OfficialsArgs, @Ctx() ctx: Context) {
    return list<Official>(ctx, 'Official', OfficialConnection, args, nameWhere(args), () => page(ctx.services.repositories.officials, { nameContains: args.nameContains ?? null }, firstOf(args)));
  }

  @Query(() => [SharedOrganizations], {
    description:
      'Which partner cities (sister or friendship) of a city are members of the same international organizations, ' +
      'and of which: ordered by the number shared (most first), then by partner name.',
  })
  async partnersSharingOrganizations(@Args() args: PartnersSharingArgs, @Ctx() ctx: Context): Promise<SharedOrganizations[]> {
    const found = await ctx.services.traversals.partnersSharingOrganizations(args.cityId, args.minShared, args.limit ?? null);
    // The partners' nations came with them: `partner { nation }` asks the store nothing more.
    for (const { partnerNation } of found) if (partnerNation) ctx.loaders.nation.prime(partnerNation.code, partnerNation);
    return found;
  }

  @Query(() => [Organization], { description: 'The international organizations two cities are both members of, by name.' })
  sharedOrganizations(
    @Arg('cityA', () => ID, { description: 'One city id.' }) cityA: string,
    @Arg('cityB', () => ID, { description: 'The other city id.' }) cityB: string,
    @Ctx() ctx: Context,
  ): Promise<Organization[]> {
    return ctx.services.traversals.sharedOrganizations(cityA, cityB);
  }

  @Query(() => [City], { description: 'The partner cities (sister or friendship) two cities have in common, by name.' })
  commonPartners(
    @Arg('cityA', () => ID, { description: 'One city id.' }) cityA: string,
    @Arg('cityB', () => ID, { description: 'The other city id.' }) cityB: string,
    @Ctx() ctx: Context,
  ): Promise<City[]> {
    return ctx.services.traversals.commonPartners(cityA, cityB);
  }

  @Query(() => [SourceDocument], { description: 'The documents the graph was curated from; every `source` field cites one of these ids.' })
  sources(@Ctx() ctx: Context): SourceDocument[] {
    return ctx.sources.map((s) => ({ publisher: null, published: null, note: null, ...s }));
  }
}
