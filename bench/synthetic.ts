// A synthetic city-diplomacy network for the analytics benchmark: reproducible from a seed, loaded through
// the same Cypher files as the curated seed (UNWIND batches), skewed like the real thing (a few hub cities,
// a few organizations almost everyone joins).
import type { GraphStore } from '../src/store/graph-store';
import type { QueryName } from '../src/store/queries';
import { seededRandom } from '../src/services/analytics/random';

export interface SyntheticSpec {
  seed: number;
  nations: number;
  cities: number;
  organizations: number;
  /** Relationships in total: LOCATED_IN (one per city) + SISTER_OF + MEMBER_OF + HOSTS. */
  relationships: number;
  hostings: number;
  /** Share of the remaining relationships (after LOCATED_IN and HOSTS) that are SISTER_OF; the rest are MEMBER_OF. */
  sisterShare: number;
}

export const BENCH_SPEC: SyntheticSpec = {
  seed: 20190409,
  nations: 150,
  cities: 10_000,
  organizations: 300,
  relationships: 100_000,
  hostings: 1_000,
  sisterShare: 0.4,
};

export interface SyntheticGraph {
  nations: { code: string; name: string; source: string }[];
  cities: { id: string; name: string; kind: string; nation: string; source: string; nationSource: string }[];
  organizations: { id: string; name: string; acronym: null; category: string | null; memberSummary: null; purpose: null; source: string }[];
  partnerships: { cityA: string; cityB: string; tier: string; since: number | null; source: string }[];
  memberships: { city: string; organization: string; since: number | null; role: null; source: string }[];
  hostings: { city: string; organization: string; office: string; source: string }[];
}

const SOURCE = 'synthetic';
const CATEGORIES = ['INTERGOVERNMENTAL', 'QUASI_GOVERNMENTAL', 'INTERNATIONAL_NGO', null];

/** Picks indices with probability proportional to 1 / (rank + 1)^exponent (a Zipf-like skew). */
export function skewedPicker(n: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function generateSynthetic(spec: SyntheticSpec = BENCH_SPEC): SyntheticGraph {
  const random = seededRandom(spec.seed);
  const pad = (i: number, width: number) => String(i).padStart(width, '0');
  const nations = Array.from({ length: spec.nations }, (_, i) => ({
    // Two letters, unique for up to 676 nations (the synthetic codes need not be real ISO codes).
    code: String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)),
    name: `Nation ${pad(i, 3)}`,
    source: SOURCE,
  }));
  const cities = Array.from({ length: spec.cities }, (_, i) => ({
    id: `city-${pad(i, 5)}`,
    name: `City ${pad(i, 5)}`,
    kind: 'CITY',
    nation: nations[Math.floor(random() * nations.length)].code,
    source: SOURCE,
    nationSource: SOURCE,
  }));
  const organizations = Array.from({ length: spec.organizations }, (_, i) => ({
    id: `org-${pad(i, 3)}`,
    name: `Organization ${pad(i, 3)}`,
    acronym: null,
    category: CATEGORIES[i % CATEGORIES.length],
    memberSummary: null,
    purpose: null,
    source: SOURCE,
  }));

  const remaining = spec.relationships - spec.cities - spec.hostings;
  const sisterCount = Math.round(remaining * spec.sisterShare);
  const memberCount = remaining - sisterCount;

  const pickCity = skewedPicker(spec.cities, 0.6, random);
  const pickOrganization = skewedPicker(spec.organizations, 0.9, random);
  const seen = new Set<string>();

  const partnerships: SyntheticGraph['partnerships'] = [];
  while (partnerships.length < sisterCount) {
    const a = pickCity();
    const b = Math.floor(random() * spec.cities);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(`s${key}`)) continue;
    seen.add(`s${key}`);
    partnerships.push({
      cityA: cities[a].id,
      cityB: cities[b].id,
      tier: random() < 0.5 ? 'SISTER' : 'FRIENDSHIP',
      since: random() < 0.7 ? 1950 + Math.floor(random() * 70) : null,
      source: SOURCE,
    });
  }
  const memberships: SyntheticGraph['memberships'] = [];
  while (memberships.length < memberCount) {
    const c = Math.floor(random() * spec.cities);
    const o = pickOrganization();
    if (seen.has(`m${c}-${o}`)) continue;
    seen.add(`m${c}-${o}`);
    memberships.push({ city: cities[c].id, organization: organizations[o].id, since: random() < 0.5 ? 1970 + Math.floor(random() * 50) : null, role: null, source: SOURCE });
  }
  const hostings: SyntheticGraph['hostings'] = [];
  while (hostings.length < spec.hostings) {
    const c = pickCity();
    const o = Math.floor(random() * spec.organizations);
    if (seen.has(`h${c}-${o}`)) continue;
    seen.add(`h${c}-${o}`);
    hostings.push({ city: cities[c].id, organization: organizations[o].id, office: random() < 0.2 ? 'headquarters' : 'regional office', source: SOURCE });
  }
  return { nations, cities, organizations, partnerships, memberships, hostings };
}

/** Loads the synthetic graph through the import's write queries, in UNWIND batches of `batchSize` rows. */
export async function loadSynthetic(store: GraphStore, graph: SyntheticGraph, batchSize = 5000): Promise<void> {
  const steps: [QueryName, object[]][] = [
    ['nation/upsert-nations', graph.nations],
    ['city/upsert-cities', graph.cities],
    ['organization/upsert-organizations', graph.organizations],
    ['city/merge-partnerships', graph.partnerships],
    ['organization/merge-memberships', graph.memberships],
    ['organization/merge-hostings', graph.hostings],
  ];
  for (const [query, rows] of steps) {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const [result] = await store.run(query, { rows: batch, updatedAt: null });
      if (Number(result?.merged ?? 0) !== batch.length) {
        throw new Error(`${query}: merged ${String(result?.merged)} of ${batch.length} rows`);
      }
    }
  }
}
