// The degree figures the query cost is sized from: one typed histogram query per relationship type and side, checked
// against the degrees counted from seed/graph.json alone (not from the store), on the test engine.
import { silentLogger } from '../../src/logger';
import { RELATIONSHIP_TYPES, type RelType } from '../../src/model/graph';
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { DegreeStatistics, figuresOf, type DegreePair } from '../../src/services/degree-stats';
import type { GraphStore } from '../../src/store/graph-store';
import { repositories } from '../../src/store/repositories';
import { openTestStore } from '../support/engine';
import { expectedEdges } from '../support/seed-graph';

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, readSeed(), silentLogger);
});
afterAll(() => store.close());

// Every type either way too, directed ones included: a neighbourhood's cost reads them (src/server/traversal-cost.ts).
const PAIRS: DegreePair[] = RELATIONSHIP_TYPES.flatMap((type): DegreePair[] => [[type, 'out'], [type, 'in'], [type, 'both']]);

/** Degree → how many nodes have it, for one type and side, from the seed file. */
function expectedHistogram(type: RelType, side: 'out' | 'in' | 'both'): { degree: number; nodes: number }[] {
  const degrees = new Map<string, number>();
  const add = (id: string) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
  for (const edge of expectedEdges(readSeed()).filter((e) => e.attributes.type === type)) {
    if (side !== 'in') add(edge.source);
    if (side !== 'out') add(edge.target);
  }
  const histogram = new Map<number, number>();
  for (const degree of degrees.values()) histogram.set(degree, (histogram.get(degree) ?? 0) + 1);
  return [...histogram].map(([degree, nodes]) => ({ degree, nodes })).sort((a, b) => a.degree - b.degree);
}

test('every type and side: the histogram the store gives is the one counted from the seed file', async () => {
  const graph = repositories(store).graph;
  for (const [type, side] of PAIRS) {
    const histogram = (await graph.degreeHistogram(type, side)).sort((a, b) => a.degree - b.degree);
    expect([type, side, histogram]).toEqual([type, side, expectedHistogram(type, side)]);
  }
  // The seed has a hub and varied degrees enough for the check to mean something.
  const degrees = (type: RelType, side: 'out' | 'in' | 'both') => expectedHistogram(type, side).map((h) => h.degree);
  expect(Math.max(...degrees('SISTER_OF', 'both'))).toBeGreaterThan(10);
  expect(degrees('MEMBER_OF', 'in').length).toBeGreaterThan(2);
});

test('the figures: the hub (max) and the 95th percentile of the nodes with such a relationship, and their sum', async () => {
  const pairs: DegreePair[] = [['SISTER_OF', 'both'], ['MEMBER_OF', 'both'], ['MEMBER_OF', 'in'], ['MEMBER_OF', 'out']];
  const histogramReads = async () =>
    (await store.metrics.queries.get()).values.filter((v) => v.labels.query === 'stats/degree-histogram').reduce((sum, v) => sum + v.value, 0);
  const readsBefore = await histogramReads();
  const stats = new DegreeStatistics(store, pairs);
  expect(stats.peek()).toBeUndefined();
  const snapshot = await stats.current();
  expect(stats.peek()).toBe(snapshot);
  // MEMBER_OF either way is its two sides added (cities and organizations never share a label): not read again.
  expect((await histogramReads()) - readsBefore).toBe(3);
  for (const [type, side] of pairs) {
    const histogram = expectedHistogram(type, side);
    const nodes = histogram.flatMap((h) => Array<number>(h.nodes).fill(h.degree));
    const total = nodes.reduce((sum, degree) => sum + degree, 0);
    expect(figuresOf(snapshot, type, side)).toEqual({ max: nodes[nodes.length - 1], high: nodes[Math.ceil(0.95 * nodes.length) - 1], total });
  }
  // A pair it was not asked to read has no figures: its lists are sized as empty.
  expect(figuresOf(snapshot, 'HOSTS', 'in')).toEqual({ max: 0, high: 0, total: 0 });
});

test("one node's degree: as the seed file counts it, and read again once the graph changes", async () => {
  const stats = new DegreeStatistics(store, []);
  const partnersOf = (id: string) => expectedEdges(readSeed()).filter((e) => e.attributes.type === 'SISTER_OF' && (e.source === id || e.target === id)).length;
  expect(await stats.degreeOf('City', 'seoul', 'SISTER_OF', 'both')).toBe(partnersOf('seoul'));
  expect(await stats.degreeOf('City', 'atlantis', 'SISTER_OF', 'both')).toBe(0);
  const [a, b] = ['paris', 'tokyo'];
  expect(await stats.degreeOf('City', a, 'SISTER_OF', 'both')).toBe(partnersOf(a));
  await store.run('city/merge-partnerships', { rows: [{ cityA: a, cityB: b, tier: 'FRIENDSHIP', since: null, source: 't' }], updatedAt: null });
  expect(await stats.degreeOf('City', a, 'SISTER_OF', 'both')).toBe(partnersOf(a) + 1);
});
