// The curated seed graph (seed/graph.json): its shape, a reader that checks references, and an idempotent loader.
import fs from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../store/graph-store';
import type { QueryName } from '../store/queries';
import { defaultCypherDir } from '../store/registry';

export interface SeedSource { id: string; title: string; publisher: string | null; published: string | null; file: string | null; note: string | null }
export interface SeedNation { code: string; name: string; source: string }
export interface SeedCity { id: string; name: string; kind: string; nation: string; source: string; nationSource?: string }
export interface SeedOrganization {
  id: string; name: string; acronym: string | null; category: string | null;
  memberSummary: string | null; purpose: string | null; source: string;
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

export function checkSeed(graph: SeedGraph): string[] {
  const problems: string[] = [];
  const ids = (rows: { id?: string; code?: string }[]) => new Set(rows.map((r) => r.id ?? r.code));
  const sources = ids(graph.sources);
  const nations = ids(graph.nations);
  const cities = ids(graph.cities);
  const organizations = ids(graph.organizations);
  const officials = ids(graph.officials);
  const need = (set: Set<string | undefined>, value: string | undefined, what: string, where: string) => {
    if (!value || !set.has(value)) problems.push(`${where}: unknown ${what} "${value}"`);
  };
  const sections = ['nations', 'cities', 'organizations', 'officials', 'partnerships', 'memberships', 'hostings', 'meetings', 'offices'] as const;
  for (const section of sections) {
    (graph[section] as { source: string; nationSource?: string }[]).forEach((row, i) => {
      need(sources, row.source, 'source', `${section}[${i}]`);
      if (row.nationSource !== undefined) need(sources, row.nationSource, 'source', `${section}[${i}].nationSource`);
    });
  }
  graph.cities.forEach((c, i) => need(nations, c.nation, 'nation', `cities[${i}]`));
  graph.partnerships.forEach((p, i) => {
    need(cities, p.cityA, 'city', `partnerships[${i}]`);
    need(cities, p.cityB, 'city', `partnerships[${i}]`);
  });
  graph.memberships.forEach((m, i) => {
    need(cities, m.city, 'city', `memberships[${i}]`);
    need(organizations, m.organization, 'organization', `memberships[${i}]`);
  });
  graph.hostings.forEach((h, i) => {
    need(cities, h.city, 'city', `hostings[${i}]`);
    need(organizations, h.organization, 'organization', `hostings[${i}]`);
  });
  graph.meetings.forEach((m, i) => {
    need(officials, m.official, 'official', `meetings[${i}]`);
    need(officials, m.with, 'official', `meetings[${i}]`);
  });
  graph.offices.forEach((o, i) => {
    need(officials, o.official, 'official', `offices[${i}]`);
    const targets = { City: cities, Organization: organizations, Nation: nations }[o.targetLabel];
    if (!targets) problems.push(`offices[${i}]: targetLabel must be City, Organization or Nation`);
    else need(targets, o.target, o.targetLabel.toLowerCase(), `offices[${i}]`);
  });
  return problems;
}

export type SeedReport = Record<string, number>;

/** One statement of the seed loader: a write query of the import, with the rows of one seed section. */
export interface SeedStep {
  section: keyof SeedGraph;
  query: QueryName;
  rows: object[];
}

const OFFICE_QUERIES: Record<SeedOffice['targetLabel'], QueryName> = {
  City: 'official/merge-offices-in-cities',
  Organization: 'official/merge-offices-in-organizations',
  Nation: 'official/merge-offices-in-nations',
};

/**
 * The seed as the import's own write queries, nodes before relationships. Seeded data is not an edit, so it gets
 * no `updatedAt` (the queries are given null, which leaves the property unset).
 */
export function seedSteps(graph: SeedGraph): SeedStep[] {
  return [
    { section: 'nations', query: 'nation/upsert-nations', rows: graph.nations },
    { section: 'cities', query: 'city/upsert-cities', rows: graph.cities.map((c) => ({ ...c, nationSource: c.nationSource ?? c.source })) },
    { section: 'organizations', query: 'organization/upsert-organizations', rows: graph.organizations },
    { section: 'officials', query: 'official/upsert-officials', rows: graph.officials },
    { section: 'partnerships', query: 'city/merge-partnerships', rows: graph.partnerships },
    { section: 'memberships', query: 'organization/merge-memberships', rows: graph.memberships },
    { section: 'hostings', query: 'organization/merge-hostings', rows: graph.hostings },
    // `with` is a Cypher keyword: the statement takes the other official as `other`.
    { section: 'meetings', query: 'official/merge-meetings', rows: graph.meetings.map(({ with: other, ...m }) => ({ ...m, other })) },
    ...(Object.entries(OFFICE_QUERIES) as [SeedOffice['targetLabel'], QueryName][]).map(([label, query]) => ({
      section: 'offices' as const,
      query,
      rows: graph.offices.filter((o) => o.targetLabel === label).map(({ targetLabel: _label, ...o }) => o),
    })),
  ];
}

/** Loads the seed in one transaction. MERGE on constrained keys: running it twice changes nothing. */
export async function loadSeed(store: GraphStore, graph: SeedGraph): Promise<SeedReport> {
  return store.transaction(async (tx) => {
    // A city the seed now places in another nation keeps one LOCATED_IN.
    await tx.run('city/remove-old-locations', { rows: graph.cities.map(({ id, nation }) => ({ id, nation })) });
    const report: SeedReport = {};
    for (const { section, query, rows } of seedSteps(graph)) {
      const [result] = await tx.run(query, { rows, updatedAt: null });
      const merged = Number(result?.merged ?? 0);
      // A MATCH that finds no endpoint drops its row silently: refuse (and roll back) instead.
      if (merged !== rows.length) throw new Error(`Seed ${section}: merged ${merged} of ${rows.length} rows`);
      report[section] = (report[section] ?? 0) + merged;
    }
    return report;
  });
}
