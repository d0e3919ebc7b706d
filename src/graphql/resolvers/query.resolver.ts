// Root queries: lookups by id, paginated lists, and the cross-city traversals.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { page } from '../../services/catalog';
import { CitiesArgs, NameFilterArgs, NationsArgs, OrganizationsArgs, PartnersSharingArgs } from '../args';
import type { Context } from '../context';
import { connectionTypes, toConnection } from '../pagination';
import { City, Nation, Official, Organization, SharedOrganizations, SourceDocument } from '../types';

export const CityConnection = connectionTypes(City, 'City', 'city');
export const NationConnection = connectionTypes(Nation, 'Nation', 'nation');
export const OrganizationConnection = connectionTypes(Organization, 'Organization', 'organization');
export const OfficialConnection = connectionTypes(Official, 'Official', 'official');

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
  async cities(@Args() args: CitiesArgs, @Ctx() ctx: Context) {
    const filters = {
      nation: args.nation ?? null,
      continent: args.continent ?? null,
      kind: args.kind ?? null,
      tier: args.tier ?? null,
      partnerOf: args.partnerOf ?? null,
      nameContains: args.nameContains ?? null,
    };
    return toConnection(CityConnection, await page(ctx.services.repositories.cities, filters, args));
  }

  @Query(() => NationConnection, { description: 'Nations, optionally filtered by name, paginated, ordered by name.' })
  async nations(@Args() args: NationsArgs, @Ctx() ctx: Context) {
    return toConnection(NationConnection, await page(ctx.services.repositories.nations, { nameContains: args.nameContains ?? null, continent: args.continent ?? null }, args));
  }

  @Query(() => OrganizationConnection, { description: 'International organizations, filtered and paginated, ordered by name.' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context) {
    const filters = { category: args.category ?? null, memberCity: args.memberCity ?? null, nameContains: args.nameContains ?? null };
    return toConnection(OrganizationConnection, await page(ctx.services.repositories.organizations, filters, args));
  }

  @Query(() => OfficialConnection, { description: 'Officials, optionally filtered by name, paginated, ordered by name.' })
  async officials(@Args() args: NameFilterArgs, @Ctx() ctx: Context) {
    return toConnection(OfficialConnection, await page(ctx.services.repositories.officials, { nameContains: args.nameContains ?? null }, args));
  }

  @Query(() => [SharedOrganizations], {
    description:
      'Which partner cities (sister or friendship) of a city are members of the same international organizations, ' +
      'and of which: ordered by the number shared (most first), then by partner name.',
  })
  partnersSharingOrganizations(@Args() args: PartnersSharingArgs, @Ctx() ctx: Context): Promise<SharedOrganizations[]> {
    return ctx.services.traversals.partnersSharingOrganizations(args.cityId, args.minShared);
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
