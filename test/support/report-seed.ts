// The report's sections of seed/graph.json, typed for the tests, and the nodes and relationships they create, written
// out here by hand (not read from src/model) so that the oracles built on them are independent of the code they check.
import { readSeed, type SeedGraph } from '../../src/seed/seed';

type Nullable<T> = { [K in keyof T]: T[K] | null };

export interface SeedPolicyProject extends Nullable<{ category: string; kind: string; note: string }> {
  id: string;
  title: string;
  sector: string;
  source: string;
}
export interface SeedRanking extends Nullable<{ publisher: string; detail: string; note: string; asOf: string }> {
  id: string;
  index: string;
  rank: number;
  scope: string;
  source: string;
}
export interface SeedEvent extends Nullable<{ on: string; note: string }> {
  id: string;
  name: string;
  kind: string;
  source: string;
}
export interface SeedStatedFigure extends Nullable<{ category: string; period: string; asOf: string; note: string }> {
  id: string;
  measure: string;
  value: number;
  unit: string;
  quote: string;
  source: string;
}

export interface ReportSeed {
  policyProjects: SeedPolicyProject[];
  rankings: SeedRanking[];
  events: SeedEvent[];
  statedFigures: SeedStatedFigure[];
  policyShares: { city: string; project: string; source: string }[];
  policyRecipients: { recipientLabel: 'City' | 'Nation'; recipient: string; project: string; source: string }[];
  cityRankings: { city: string; ranking: string; source: string }[];
  eventVenues: { event: string; city: string; source: string }[];
  eventOrganizers: { event: string; organizerLabel: string; organizer: string; role: string | null; source: string }[];
  eventParts: { event: string; partOf: string; source: string }[];
  meetingMentions: { official: string; other: string; on: string; targetLabel: string; target: string; topic: string; source: string }[];
  figureSubjects: { figure: string; city: string; source: string }[];
}

export function reportSeed(seed: SeedGraph = readSeed()): ReportSeed {
  const section = <T>(name: keyof ReportSeed) => ((seed as unknown as Record<string, T[] | undefined>)[name] ?? []) as T[];
  return {
    policyProjects: section('policyProjects'),
    rankings: section('rankings'),
    events: section('events'),
    statedFigures: section('statedFigures'),
    policyShares: section('policyShares'),
    policyRecipients: section('policyRecipients'),
    cityRankings: section('cityRankings'),
    eventVenues: section('eventVenues'),
    eventOrganizers: section('eventOrganizers'),
    eventParts: section('eventParts'),
    meetingMentions: section('meetingMentions'),
    figureSubjects: section('figureSubjects'),
  };
}

/** The report's node labels with the seed section of each. */
export const REPORT_NODE_SECTIONS = { PolicyProject: 'policyProjects', Ranking: 'rankings', Event: 'events', StatedFigure: 'statedFigures' } as const;

/** The report's relationships in their stored direction, with their own properties (everything but the two ends). */
export function reportEdges(report: ReportSeed): { type: string; source: string; target: string; properties: Record<string, unknown> }[] {
  return [
    ...report.policyShares.map((r) => ({ type: 'SHARES', source: r.city, target: r.project, properties: { source: r.source } })),
    ...report.policyRecipients.map((r) => ({ type: 'RECEIVES', source: r.recipient, target: r.project, properties: { source: r.source } })),
    ...report.cityRankings.map((r) => ({ type: 'RANKED', source: r.city, target: r.ranking, properties: { source: r.source } })),
    ...report.eventVenues.map((r) => ({ type: 'HELD_IN', source: r.event, target: r.city, properties: { source: r.source } })),
    ...report.eventOrganizers.map((r) => ({ type: 'ORGANIZED_BY', source: r.event, target: r.organizer, properties: { role: r.role, source: r.source } })),
    ...report.eventParts.map((r) => ({ type: 'PART_OF', source: r.event, target: r.partOf, properties: { source: r.source } })),
    ...report.meetingMentions.map((r) => ({
      type: 'DISCUSSED',
      source: r.official,
      target: r.target,
      properties: { other: r.other, on: r.on, topic: r.topic, source: r.source },
    })),
    ...report.figureSubjects.map((r) => ({ type: 'ABOUT', source: r.figure, target: r.city, properties: { source: r.source } })),
  ];
}

/** The report's nodes: id, label, the name the API gives (`name`, a project's title, a ranking's index and scope). */
export function reportNodes(report: ReportSeed): { id: string; label: string; name: string; properties: Record<string, unknown> }[] {
  const props = (record: object) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'id'));
  return [
    ...report.policyProjects.map((p) => ({ id: p.id, label: 'PolicyProject', name: p.title, properties: props(p) })),
    ...report.rankings.map((r) => ({ id: r.id, label: 'Ranking', name: `${r.index} (${r.scope})`, properties: props(r) })),
    ...report.events.map((e) => ({ id: e.id, label: 'Event', name: e.name, properties: props(e) })),
    ...report.statedFigures.map((f) => ({ id: f.id, label: 'StatedFigure', name: [f.measure, f.category, f.period].filter(Boolean).join(' '), properties: props(f) })),
  ];
}

export const REPORT_TYPES = ['SHARES', 'RECEIVES', 'RANKED', 'HELD_IN', 'ORGANIZED_BY', 'PART_OF', 'DISCUSSED', 'ABOUT'] as const;
