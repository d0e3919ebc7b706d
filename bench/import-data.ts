// The graph `npm run bench:import` imports: `total` records (cities, organizations, officials and relationships
// among them and the seed), always the same for a given size (fixed seed). Shared with `npm run bench:engines`,
// which generates it once for both engines.

/** A deterministic pseudo-random generator (mulberry32), so every run imports the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` records: a fifth cities, 2% organizations, 3% officials, the rest relationships among them and the seed. */
export function syntheticGraph(total: number, nations: string[]) {
  const rnd = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const n = (share: number) => Math.round(total * share);
  const cities = Array.from({ length: n(0.2) }, (_, i) => ({ id: `bench-city-${i}`, name: `Bench City ${i}`, kind: 'CITY', nation: pick(nations), source: 'bench' }));
  const organizations = Array.from({ length: n(0.02) }, (_, i) => ({ id: `bench-org-${i}`, name: `Bench Organization ${i}`, acronym: `BO${i}`, category: 'QUASI_GOVERNMENTAL', source: 'bench' }));
  const officials = Array.from({ length: n(0.03) }, (_, i) => ({ id: `bench-official-${i}`, name: `Official ${i}`, title: 'Mayor', source: 'bench' }));
  const unique = <T>(count: number, make: () => T, key: (t: T) => string) => {
    const out = new Map<string, T>();
    while (out.size < count) {
      const item = make();
      out.set(key(item), item);
    }
    return [...out.values()];
  };
  const cityIds = cities.map((c) => c.id).concat('seoul');
  const partnerships = unique(
    n(0.3),
    () => {
      const [a, b] = [pick(cityIds), pick(cityIds)];
      return a === b ? { cityA: a, cityB: cityIds[(cityIds.indexOf(b) + 1) % cityIds.length], tier: 'SISTER', since: 1950 + Math.floor(rnd() * 70), source: 'bench' } : { cityA: a, cityB: b, tier: rnd() < 0.5 ? 'SISTER' : 'FRIENDSHIP', since: null, source: 'bench' };
    },
    (p) => [p.cityA, p.cityB].sort().join('|'),
  );
  const memberships = unique(n(0.25), () => ({ city: pick(cityIds), organization: pick(organizations).id, since: 1990 + Math.floor(rnd() * 30), role: null, source: 'bench' }), (m) => `${m.city}|${m.organization}`);
  const hostings = unique(n(0.05), () => ({ city: pick(cityIds), organization: pick(organizations).id, office: 'Regional office', source: 'bench' }), (h) => `${h.city}|${h.organization}`);
  const officialIds = officials.map((o) => o.id);
  const meetings = unique(
    n(0.1),
    () => {
      const a = pick(officialIds);
      const b = officialIds[(officialIds.indexOf(a) + 1 + Math.floor(rnd() * (officialIds.length - 1))) % officialIds.length];
      return { official: a, with: b, on: `20${10 + Math.floor(rnd() * 14)}-0${1 + Math.floor(rnd() * 9)}`, topics: ['cooperation'], source: 'bench' };
    },
    (m) => `${[m.official, m.with].sort().join('|')}|${m.on}`,
  );
  const graph = { cities, organizations, officials, partnerships, memberships, hostings, meetings, offices: [] as object[] };
  const used = Object.values(graph).reduce((sum, list) => sum + list.length, 0);
  graph.offices = Array.from({ length: total - used }, (_, i) => ({ official: officialIds[i % officialIds.length], targetLabel: 'City', target: cityIds[i % cityIds.length], title: `Envoy ${i}`, source: 'bench' }));
  return graph;
}

export type ImportGraph = ReturnType<typeof syntheticGraph>;

const RELATIONSHIP_SECTIONS = ['partnerships', 'memberships', 'hostings', 'meetings', 'offices'] as const;

/** The relationship records of an import graph (each creates one relationship; each city also a LOCATED_IN). */
export function relationshipRecords(graph: ImportGraph): number {
  return RELATIONSHIP_SECTIONS.reduce((sum, section) => sum + graph[section].length, 0);
}
