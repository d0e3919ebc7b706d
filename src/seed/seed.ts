// The curated seed graph (seed/graph.json): its shape, a reader that checks references, and a loader (an import).
import fs from 'node:fs';
import path from 'node:path';
import { LABELS, NODE_LABELS } from '../model/graph';
import { IMPORT_SECTIONS, NODE_SECTION, SECTION_INPUT, referencesOf } from '../model/inputs';
import { importGraph, type ImportReport } from '../services/import';
import type { GraphStore } from '../store/graph-store';
import { defaultCypherDir } from '../store/registry';

export interface SeedSource { id: string; title: string; publisher: string | null; published: string | null; file: string | null; note: string | null }
export interface SeedNation { code: string; name: string; continent?: string | null; continentSource?: string | null; source: string }
export interface SeedCity {
  id: string; name: string; kind: string; nation: string; source: string; nationSource?: string;
  latitude?: number | null; longitude?: number | null; geonameId?: number | null; locationSource?: string | null;
}
export interface SeedOrganization {
  id: string; name: string; acronym: string | null; category: string | null;
  memberSummary: string | null; purpose: string | null; source: string;
  memberCount?: number | null; memberCountApproximate?: boolean | null; memberNations?: number | null;
}
export interface SeedOfficial { id: string; name: string; title: string; source: string }
export interface SeedPartnership { cityA: string; cityB: string; tier: string; since: number | null; source: string }
export interface SeedMembership { city: string; organization: string; since: number | null; role: string | null; source: string }
export interface SeedHosting { city: string; organization: string; office: string | null; source: string }
export interface SeedMeeting { official: string; with: string; on: string; topics: string[]; source: string }
export interface SeedOffice { official: string; targetLabel: 'City' | 'Organization' | 'Nation'; target: string; title: string; source: string }

export interface SeedGraph {
  sources: SeedSource[];
  nations: SeedNation[];
  cities: SeedCity[];
  organizations: SeedOrganization[];
  officials: SeedOfficial[];
  partnerships: SeedPartnership[];
  memberships: SeedMembership[];
  hostings: SeedHosting[];
  meetings: SeedMeeting[];
  offices: SeedOffice[];
  /** The report's sections (src/model/report-inputs.ts): policy projects, rankings, events, stated figures and their links. */
  policyProjects?: Record<string, unknown>[];
  rankings?: Record<string, unknown>[];
  events?: Record<string, unknown>[];
  statedFigures?: Record<string, unknown>[];
  policyShares?: Record<string, unknown>[];
  policyRecipients?: Record<string, unknown>[];
  cityRankings?: Record<string, unknown>[];
  eventVenues?: Record<string, unknown>[];
  eventOrganizers?: Record<string, unknown>[];
  eventParts?: Record<string, unknown>[];
  meetingMentions?: Record<string, unknown>[];
  figureSubjects?: Record<string, unknown>[];
}

export function defaultSeedFile(): string {
  return path.join(path.dirname(defaultCypherDir()), 'seed', 'graph.json');
}

/** Reads a seed file and checks that every reference resolves; throws listing every problem. */
export function readSeed(file: string = defaultSeedFile()): SeedGraph {
  const graph = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedGraph;
  const problems = checkSeed(graph);
  if (problems.length) throw new Error(`Seed ${file} is inconsistent:\n  ${problems.join('\n  ')}`);
  return graph;
}

/** Every problem of a seed: a record citing an unknown source document, or naming a node the seed does not hold. */
export function checkSeed(graph: SeedGraph): string[] {
  const problems: string[] = [];
  const sources = new Set(graph.sources.map((s) => s.id));
  const nodes = new Set(NODE_LABELS.flatMap((label) => ((graph[NODE_SECTION[label]] ?? []) as unknown as Record<string, unknown>[]).map((r) => `${label}:${r[LABELS[label].key]}`)));
  for (const section of IMPORT_SECTIONS) {
    ((graph[section] ?? []) as unknown as Record<string, unknown>[]).forEach((row, i) => {
      for (const field of ['source', 'nationSource', 'continentSource', 'locationSource']) {
        const value = row[field];
        if ((field === 'source' || value !== undefined) && !sources.has(String(value))) problems.push(`${section}[${i}]: unknown source "${value}"`);
      }
      for (const ref of referencesOf(SECTION_INPUT[section], row)) {
        if (!nodes.has(`${ref.label}:${ref.id}`)) problems.push(`${section}[${i}]: unknown ${ref.label.toLowerCase()} "${ref.id}"`);
      }
    });
  }
  return problems;
}

export type SeedReport = ImportReport['counts'];

/**
 * Loads the seed through the import (one transaction, all or nothing; unchanged records are not rewritten, so
 * running it twice changes nothing). Seeded data is not an edit: it gets no `updatedAt`.
 */
export async function loadSeed(store: GraphStore, graph: SeedGraph): Promise<SeedReport> {
  const { sources: _sources, ...sections } = graph;
  const cities = sections.cities.map((c) => ({ ...c, nationSource: c.nationSource ?? c.source }));
  return (await importGraph(store, { ...sections, cities }, { stamp: false })).counts;
}
