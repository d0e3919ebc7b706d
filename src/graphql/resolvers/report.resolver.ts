// The report's fields: policy exports, sectors, rankings, events, stated figures beside named counts, continents,
// locations and partner distances. Arguments become one repository or service call; nested fields use loaders.
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../model/errors';
import { POLICY_SECTORS } from '../../model/report';
import type { ReportRef } from '../../model/report-records';
import { decodeCursor, encodeCursor } from '../../services/catalog';
import { DEFAULT_PAGE_SIZE } from '../../services/search';
import { distanceKm, namedCount, policySectors } from '../../services/report';
import type { Context } from '../context';
import { asGraphNode, GraphNode, type TaggedNode } from '../graph-node';
import { connectionTypes, PageArgs, toConnection } from '../pagination';
import { Continent, EventKind, PolicySector, StatedMeasure } from '../report-enums';
import { Event, GeoPoint, PolicyProject, PolicySectorSummary, Ranking, StatedFigure } from '../report-types';
import { City, Meeting, Nation, Organization, Partnership } from '../types';

export const PolicyProjectConnection = connectionTypes(PolicyProject, 'PolicyProject', 'policy project');

@ArgsType()
class PolicyProjectsArgs extends PageArgs {
  @Field(() => PolicySector, { nullable: true, description: 'Only projects of this sector.' })
  sector?: PolicySector | null;

  @Field(() => ID, { nullable: true, description: 'Only projects shared with this city (id) or nation (code; its cities\' projects included).' })
  recipientId?: string | null;
}

/** A node a report relationship reaches, loaded through its label's loader. */
export async function loadRef(ctx: Context, ref: ReportRef): Promise<TaggedNode> {
  const entity: object | null = await ctx.loaders.byLabel(ref.label).load(ref.id);
  if (entity === null) throw new Error(`${ref.label} "${ref.id}" is linked but cannot be loaded`);
  return asGraphNode(ref.label, entity);
}

@Resolver()
export class ReportQueryResolver {
  @Query(() => PolicyProjectConnection, { description: 'The policies and projects Seoul shared, by title; filtered by sector and recipient.' })
  async policyProjects(@Args() args: PolicyProjectsArgs, @Ctx() ctx: Context) {
    const filters = { sector: args.sector ?? null, recipientId: args.recipientId ?? null };
    const position = decodeCursor(args.after);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await ctx.services.repositories.report.listProjects(filters, position, first + 1);
    const items = rows.slice(0, first);
    return toConnection(PolicyProjectConnection, {
      items,
      cursors: items.map((p) => encodeCursor(p.title, p.id)),
      hasNextPage: rows.length > first,
      hasPreviousPage: position.afterId !== null,
      totalCount: () => ctx.services.repositories.report.countProjects(filters),
    });
  }

  @Query(() => [PolicySectorSummary], { description: 'Each policy sector with the cases the report states and the cases it names (e.g. transportation: 22 stated, 3 named).' })
  policySectors(@Ctx() ctx: Context) {
    return policySectors(ctx.services.repositories, Object.keys(POLICY_SECTORS));
  }

  @Query(() => [Ranking], { description: "A city's places in international indexes, by index." })
  async rankings(@Arg('cityId', () => ID, { description: 'The city, e.g. "seoul".' }) cityId: string, @Ctx() ctx: Context) {
    if ((await ctx.loaders.city.load(cityId)) === null) throw badInput(`unknown city "${cityId}"`, 'cityId');
    return ctx.loaders.rankingsOfCity.load(cityId);
  }

  @Query(() => [Event], { description: 'Events, declarations and programmes the sources name, by date then name.' })
  events(@Arg('kind', () => EventKind, { nullable: true, description: 'Only events of this kind.' }) kind: EventKind | null, @Ctx() ctx: Context) {
    return ctx.services.repositories.report.events(kind ?? null);
  }

  @Query(() => [StatedFigure], { description: 'The totals the sources state, each with `namedCount`: how many of those the graph names.' })
  statedFigures(
    @Arg('measure', () => StatedMeasure, { nullable: true, description: 'Only figures of this measure.' }) measure: string | null,
    @Arg('subjectId', () => ID, { nullable: true, description: 'Only figures about this city.' }) subjectId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.repositories.report.statedFigures({ measure: measure ?? null, subjectId: subjectId ?? null });
  }
}

@Resolver(() => PolicyProject)
export class PolicyProjectResolver {
  @FieldResolver(() => String, { description: 'The title (GraphNode name).' })
  name(@Root() p: PolicyProject): string {
    return p.title;
  }
  @FieldResolver(() => [String], { description: 'Always ["PolicyProject"].' })
  labels(): string[] {
    return ['PolicyProject'];
  }

  @FieldResolver(() => [GraphNode], { description: 'Who it was shared with: cities, or a nation where the report names only the nation.' })
  async recipients(@Root() p: PolicyProject, @Ctx() ctx: Context): Promise<TaggedNode[]> {
    const ends = await ctx.loaders.endsOfProject.load(p.id);
    return Promise.all(ends.filter((e) => e.relation === 'RECEIVES').map((e) => loadRef(ctx, e.node)));
  }

  @FieldResolver(() => [City], { description: 'Who shared it (Seoul).' })
  async sharedBy(@Root() p: PolicyProject, @Ctx() ctx: Context): Promise<City[]> {
    const ends = await ctx.loaders.endsOfProject.load(p.id);
    return (await Promise.all(ends.filter((e) => e.relation === 'SHARES').map((e) => ctx.loaders.city.load(e.node.id)))).filter((c): c is City => c !== null);
  }
}

@Resolver(() => Ranking)
export class RankingResolver {
  @FieldResolver(() => String, { description: 'The index (GraphNode name).' })
  name(@Root() r: Ranking): string {
    return `${r.index} (${r.scope})`;
  }
  @FieldResolver(() => [String], { description: 'Always ["Ranking"].' })
  labels(): string[] {
    return ['Ranking'];
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [String], { description: 'Always ["Event"].' })
  labels(): string[] {
    return ['Event'];
  }

  @FieldResolver(() => [GraphNode], { description: 'Where it is held, who organizes it and the event it was part of.' })
  async links(@Root() e: Event, @Ctx() ctx: Context): Promise<TaggedNode[]> {
    return Promise.all((await ctx.loaders.linksOfEvent.load(e.id)).map((l) => loadRef(ctx, l.node)));
  }
}

@Resolver(() => StatedFigure)
export class StatedFigureResolver {
  @FieldResolver(() => String, { description: 'The measure and its part (GraphNode name).' })
  name(@Root() f: StatedFigure): string {
    return [f.measure, f.category, f.period].filter(Boolean).join(' ');
  }
  @FieldResolver(() => [String], { description: 'Always ["StatedFigure"].' })
  labels(): string[] {
    return ['StatedFigure'];
  }

  @FieldResolver(() => City, { nullable: true, description: 'The city the figure is about.' })
  subjectCity(@Root() f: StatedFigure, @Ctx() ctx: Context) {
    return f.subject ? ctx.loaders.city.load(f.subject) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many of what the figure counts the graph names (null where it cannot count them, e.g. a percentage).' })
  namedCount(@Root() f: StatedFigure, @Ctx() ctx: Context): Promise<number | null> {
    return namedCount(ctx.services.repositories, f as never);
  }
}

@Resolver(() => City)
export class CityReportResolver {
  @FieldResolver(() => [Ranking], { description: "The city's places in international indexes." })
  rankings(@Root() city: City, @Ctx() ctx: Context) {
    return ctx.loaders.rankingsOfCity.load(city.id);
  }
  @FieldResolver(() => [PolicyProject], { description: 'The policies and projects the city shared.' })
  async policyProjectsShared(@Root() city: City, @Ctx() ctx: Context) {
    return (await ctx.loaders.projectsOf.load(city.id)).filter((p) => p.relation === 'SHARES').map((p) => p.project);
  }
  @FieldResolver(() => [PolicyProject], { description: 'The policies and projects shared with the city.' })
  async policyProjectsReceived(@Root() city: City, @Ctx() ctx: Context) {
    return (await ctx.loaders.projectsOf.load(city.id)).filter((p) => p.relation === 'RECEIVES').map((p) => p.project);
  }
  @FieldResolver(() => GeoPoint, { nullable: true, description: 'Where the city is (GeoNames), when matched unambiguously; null for provinces, states and ambiguous names.' })
  location(@Root() city: City & { latitude?: number | null; longitude?: number | null; geonameId?: number | null; locationSource?: string | null }): GeoPoint | null {
    if (city.latitude == null || city.longitude == null) return null;
    return { latitude: city.latitude, longitude: city.longitude, geonameId: city.geonameId ?? null, source: city.locationSource ?? null };
  }
}

@Resolver(() => Nation)
export class NationReportResolver {
  @FieldResolver(() => Continent, { nullable: true, description: 'The continent countries-list assigns the nation to.' })
  continent(@Root() nation: Nation & { continent?: string | null }) {
    return nation.continent ?? null;
  }
  @FieldResolver(() => [PolicyProject], { description: 'The policies and projects shared with the nation itself (where the report names no city).' })
  async policyProjectsReceived(@Root() nation: Nation, @Ctx() ctx: Context) {
    return (await ctx.loaders.projectsOf.load(nation.code)).filter((p) => p.relation === 'RECEIVES').map((p) => p.project);
  }
}

@Resolver(() => Organization)
export class OrganizationReportResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Number of members as the sources state it (the first figure of `memberSummary`).' })
  memberCount(@Root() o: Organization & { memberCount?: number | null }) {
    return o.memberCount ?? null;
  }
  @FieldResolver(() => Boolean, { nullable: true, description: 'True where the sources say "about".' })
  memberCountApproximate(@Root() o: Organization & { memberCountApproximate?: boolean | null }) {
    return o.memberCountApproximate ?? null;
  }
  @FieldResolver(() => Int, { nullable: true, description: 'Number of countries the members come from, where stated.' })
  memberNations(@Root() o: Organization & { memberNations?: number | null }) {
    return o.memberNations ?? null;
  }
}

@Resolver(() => Partnership)
export class PartnershipReportResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Great-circle distance between the two cities in km, when both have a location.' })
  async distanceKm(@Root() p: Partnership & { cityId: string }, @Ctx() ctx: Context): Promise<number | null> {
    const [a, b] = (await Promise.all([ctx.loaders.city.load(p.cityId), ctx.loaders.city.load(p.city.id)])) as ({ latitude?: number | null; longitude?: number | null } | null)[];
    if (a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null) return null;
    return distanceKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude });
  }
}

@Resolver(() => Meeting)
export class MeetingReportResolver {
  @FieldResolver(() => [GraphNode], { description: 'The events, places and bodies the meeting mentions (with the topic that names each).' })
  async mentions(@Root() m: Meeting & { officialId: string; otherId: string; on: string }, @Ctx() ctx: Context): Promise<TaggedNode[]> {
    const all = [...(await ctx.loaders.mentionsOf.load(m.officialId)), ...(await ctx.loaders.mentionsOf.load(m.otherId))];
    const mine = all.filter((x) => x.on === m.on && ((x.official === m.officialId && x.with === m.otherId) || (x.official === m.otherId && x.with === m.officialId)));
    return Promise.all(mine.map((x) => loadRef(ctx, x.node)));
  }
}

export const REPORT_RESOLVERS = [
  ReportQueryResolver,
  PolicyProjectResolver,
  RankingResolver,
  EventResolver,
  StatedFigureResolver,
  CityReportResolver,
  NationReportResolver,
  OrganizationReportResolver,
  PartnershipReportResolver,
  MeetingReportResolver,
] as const;
