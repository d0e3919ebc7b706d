// Relationship fields of each type, resolved through the per-request DataLoaders. Each parent (`@Root()`) is typed as
// the plain record it is: with the GraphQL class as its type, TypeGraphQL copied every parent into a new instance of
// that class before each call (a tenth of TypeGraphQL's time on nested queries; docs/performance.md, round `tput`).
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as R from '../../model/records';
import type { Context } from '../context';
import { OfficeTargetType, PartnerTier } from '../enums';
import { City, Hosting, Meeting, Membership, Nation, Office, OfficeHolding, Official, Organization, Partnership } from '../types';

/** A relationship's far end must exist: a missing node means the graph is inconsistent (an internal error). */
async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw new Error(`Dangling relationship: ${what} does not exist`);
  return found;
}

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Nation, { nullable: true, description: 'The nation the city is located in.' })
  nation(@Root() city: R.City, @Ctx() ctx: Context): Promise<Nation | null> | null {
    return city.nationCode ? ctx.loaders.nation.load(city.nationCode) : null;
  }

  @FieldResolver(() => [Partnership], { description: "The city's partner cities (sister and friendship), by partner name." })
  async partners(
    @Root() city: R.City,
    @Ctx() ctx: Context,
    @Arg('tier', () => PartnerTier, { nullable: true, description: 'Only partnerships of this tier.' }) tier?: PartnerTier | null,
  ): Promise<Partnership[]> {
    const all = await ctx.loaders.partnerships.load(city.id);
    return tier ? all.filter((p) => p.tier === tier) : all;
  }

  @FieldResolver(() => [Membership], { description: 'The international organizations the city is a member of.' })
  memberships(@Root() city: R.City, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.loaders.membershipsOfCity.load(city.id);
  }

  @FieldResolver(() => [Hosting], { description: 'The offices of international organizations situated in the city.' })
  hostedOrganizations(@Root() city: R.City, @Ctx() ctx: Context): Promise<Hosting[]> {
    return ctx.loaders.hostingsOfCity.load(city.id);
  }

  @FieldResolver(() => [OfficeHolding], { description: 'Officials holding office in the city government (e.g. its mayor).' })
  officials(@Root() city: R.City, @Ctx() ctx: Context): Promise<OfficeHolding[]> {
    return ctx.loaders.officeHolders.load(`${OfficeTargetType.CITY}:${city.id}`);
  }
}

@Resolver(() => Nation)
export class NationResolver {
  @FieldResolver(() => [City], { description: 'The cities of the graph located in this nation, by name.' })
  cities(@Root() nation: R.Nation, @Ctx() ctx: Context): Promise<City[]> {
    return ctx.loaders.citiesOfNation.load(nation.code).then((rows) => rows.map((r) => r.city));
  }

  @FieldResolver(() => [OfficeHolding], { description: 'Officials representing this nation (e.g. its ambassadors).' })
  officials(@Root() nation: R.Nation, @Ctx() ctx: Context): Promise<OfficeHolding[]> {
    return ctx.loaders.officeHolders.load(`${OfficeTargetType.NATION}:${nation.code}`);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Membership], { description: 'The member cities the sources name (not every member of large organizations).' })
  members(@Root() organization: R.Organization, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.loaders.membershipsOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [Hosting], { description: 'The cities where the organization has an office.' })
  hostedBy(@Root() organization: R.Organization, @Ctx() ctx: Context): Promise<Hosting[]> {
    return ctx.loaders.hostingsOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [OfficeHolding], { description: 'Officials holding office in the organization (e.g. its president).' })
  officials(@Root() organization: R.Organization, @Ctx() ctx: Context): Promise<OfficeHolding[]> {
    return ctx.loaders.officeHolders.load(`${OfficeTargetType.ORGANIZATION}:${organization.id}`);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => City, { description: 'The member city.' })
  city(@Root() m: R.Membership, @Ctx() ctx: Context): Promise<City> {
    return required(ctx.loaders.city.load(m.cityId), `city ${m.cityId}`);
  }

  @FieldResolver(() => Organization, { description: 'The organization.' })
  organization(@Root() m: R.Membership, @Ctx() ctx: Context): Promise<Organization> {
    return required(ctx.loaders.organization.load(m.organizationId), `organization ${m.organizationId}`);
  }
}

@Resolver(() => Hosting)
export class HostingResolver {
  @FieldResolver(() => City, { description: 'The host city.' })
  city(@Root() h: R.Hosting, @Ctx() ctx: Context): Promise<City> {
    return required(ctx.loaders.city.load(h.cityId), `city ${h.cityId}`);
  }

  @FieldResolver(() => Organization, { description: 'The organization whose office it is.' })
  organization(@Root() h: R.Hosting, @Ctx() ctx: Context): Promise<Organization> {
    return required(ctx.loaders.organization.load(h.organizationId), `organization ${h.organizationId}`);
  }
}

@Resolver(() => OfficeHolding)
export class OfficeHoldingResolver {
  @FieldResolver(() => Official, { description: 'The official holding the office.' })
  official(@Root() holding: R.OfficeHolding, @Ctx() ctx: Context): Promise<Official> {
    return required(ctx.loaders.official.load(holding.officialId), `official ${holding.officialId}`);
  }
}

@Resolver(() => Official)
export class OfficialResolver {
  @FieldResolver(() => [Office], { description: 'The offices the official holds.' })
  offices(@Root() official: R.Official, @Ctx() ctx: Context): Promise<Office[]> {
    return ctx.loaders.officesOfOfficial.load(official.id);
  }

  @FieldResolver(() => [Meeting], { description: 'The meetings the official took part in, oldest first.' })
  meetings(@Root() official: R.Official, @Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.loaders.meetingsOfOfficial.load(official.id);
  }
}

@Resolver(() => Office)
export class OfficeResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city, when the office belongs to a city.' })
  city(@Root() office: R.Office, @Ctx() ctx: Context): Promise<City | null> | null {
    return office.targetType === OfficeTargetType.CITY ? ctx.loaders.city.load(office.targetId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization, when the office belongs to one.' })
  organization(@Root() office: R.Office, @Ctx() ctx: Context): Promise<Organization | null> | null {
    return office.targetType === OfficeTargetType.ORGANIZATION ? ctx.loaders.organization.load(office.targetId) : null;
  }

  @FieldResolver(() => Nation, { nullable: true, description: 'The nation, when the office belongs to a nation.' })
  nation(@Root() office: R.Office, @Ctx() ctx: Context): Promise<Nation | null> | null {
    return office.targetType === OfficeTargetType.NATION ? ctx.loaders.nation.load(office.targetId) : null;
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Official, { description: 'The other official at the meeting.' })
  with(@Root() meeting: R.Meeting, @Ctx() ctx: Context): Promise<Official> {
    return required(ctx.loaders.official.load(meeting.otherId), `official ${meeting.otherId}`);
  }
}
