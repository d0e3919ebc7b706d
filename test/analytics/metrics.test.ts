// Network metrics on the seeded graph agree with NetworkX: with the committed fixture (Debian's python3-networkx)
// and, where Python has NetworkX, with a live run; the betweenness/closeness kernel agrees with graphology-metrics.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import modularity from 'graphology-metrics/graph/modularity';
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { AnalyticsService, type MetricsAnalysis } from '../../src/services/analytics/analytics-service';
import { computeScores, pathMetrics, toCompact } from '../../src/services/analytics/centrality';
import { detectCommunities } from '../../src/services/analytics/communities';
import type { RelType } from '../../src/model/graph';
import { seededRandom } from '../../src/services/analytics/random';
import { silentLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { networkxPython, runPython } from '../support/python';
import { openTestStore } from '../support/engine';
import { projectionReadCounter } from '../support/projection-reads';

interface FixtureSelection {
  nodeCount: number;
  edgeCount: number;
  degreeCentrality: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pageRank: Record<string, number>;
  louvainModularity: number;
  partitionModularity?: number;
}
interface Fixture {
  networkx: string;
  selections: Record<string, FixtureSelection>;
}

const ROOT = path.join(__dirname, '../..');
const fixture: Fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/networkx-metrics.json'), 'utf8'));
const selections = Object.keys(fixture.selections);

/** Float arithmetic in another order (NetworkX's predecessor lists, its sparse matrix product) differs by a few ulps. */
const EXACT = 1e-12;
/** Both run power iteration to tolerance 1e-10 from the same start; the issue asks for 1e-6, we hold 1e-9. */
const PAGERANK = 1e-9;

let store: GraphStore;
let service: AnalyticsService;

beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, readSeed(), silentLogger);
  service = new AnalyticsService(store);
});
afterAll(() => store.close());

function expectAgreement(ours: MetricsAnalysis, expected: FixtureSelection): void {
  expect(ours.nodeCount).toBe(expected.nodeCount);
  expect(ours.edgeCount).toBe(expected.edgeCount);
  const nodes = ours.ranked('pageRank');
  expect(nodes.map((n) => n.id).sort()).toEqual(Object.keys(expected.pageRank).sort());
  const worst = { degreeCentrality: 0, betweenness: 0, closeness: 0, pageRank: 0 };
  for (const node of nodes) {
    for (const metric of Object.keys(worst) as (keyof typeof worst)[]) {
      worst[metric] = Math.max(worst[metric], Math.abs(node[metric] - expected[metric][node.id]));
    }
  }
  expect(worst.degreeCentrality).toBeLessThanOrEqual(EXACT);
  expect(worst.betweenness).toBeLessThanOrEqual(EXACT);
  expect(worst.closeness).toBeLessThanOrEqual(EXACT);
  expect(worst.pageRank).toBeLessThanOrEqual(PAGERANK);
}

describe(`metrics agree with the NetworkX fixture (networkx ${fixture.networkx})`, () => {
  test.each(selections)('via %s', async (key) => {
    expectAgreement(await service.metrics(key.split(',') as RelType[]), fixture.selections[key]);
  });

  test('the fixture covers the whole graph, the diplomacy network without the report, and the partnership star around Seoul', () => {
    const seed = readSeed();
    const network = fixture.selections['SISTER_OF,LOCATED_IN,MEMBER_OF,HOSTS,MET_WITH,HOLDS_OFFICE'];
    const all = fixture.selections['SISTER_OF,LOCATED_IN,MEMBER_OF,HOSTS,MET_WITH,HOLDS_OFFICE,SHARES,RECEIVES,RANKED,HELD_IN,ORGANIZED_BY,PART_OF,DISCUSSED,ABOUT'];
    const report = seed as unknown as Record<'policyProjects' | 'rankings' | 'events' | 'statedFigures', unknown[]>;
    const base = seed.cities.length + seed.nations.length + seed.organizations.length + seed.officials.length;
    // Every node has a relationship of some type.
    expect(all.nodeCount).toBe(base + report.policyProjects.length + report.rankings.length + report.events.length + report.statedFigures.length);
    // Without the report's types, four nodes only the report links drop out: Brunei, Bangladesh and Myanmar (they
    // only receive policy projects) and the Federation of Canadian Municipalities (only a meeting mentions it).
    expect(network.nodeCount).toBe(base - 4);
    // Seoul's 57 partners and nothing else: Seoul lies on every shortest path between two of them.
    expect(fixture.selections.SISTER_OF.betweenness.seoul).toBe(1);
  });

  test('Louvain finds a division about as good as NetworkX\'s Louvain (seeded differently)', async () => {
    for (const key of selections) {
      const { partition } = await service.communities(key.split(',') as RelType[]);
      expect(partition.modularity).toBeGreaterThanOrEqual(fixture.selections[key].louvainModularity - 0.01);
    }
  });
});

describe('live NetworkX run', () => {
  const python = networkxPython();
  const live = python ? test : test.skip;

  live(`agrees on every selection, and on the modularity of our communities (${python?.version ?? 'no NetworkX'})`, async () => {
    const partitions: Record<string, string[][]> = {};
    for (const key of selections) partitions[key] = (await service.communities(key.split(',') as RelType[])).partition.communities;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nx-')), 'partitions.json');
    fs.writeFileSync(file, JSON.stringify(partitions));
    const result = JSON.parse(runPython(python!, [path.join(ROOT, 'scripts/networkx-fixtures.py'), '--partition', file, '-o', '-'])) as Fixture;
    for (const key of selections) {
      expectAgreement(await service.metrics(key.split(',') as RelType[]), result.selections[key]);
      const { partition } = await service.communities(key.split(',') as RelType[]);
      expect(Math.abs(partition.modularity - result.selections[key].partitionModularity!)).toBeLessThanOrEqual(EXACT);
    }
  });
});

/** A random undirected simple graph with a few hubs and some isolated pairs (a disconnected graph). */
function randomGraph(seed: number, n: number, m: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  while (graph.size < m) {
    const a = Math.floor(Math.pow(random(), 2) * n);
    const b = Math.floor(random() * n);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  graph.addNode('lone-a');
  graph.addNode('lone-b');
  graph.addEdge('lone-a', 'lone-b');
  return graph;
}

describe('the betweenness and closeness kernel', () => {
  test.each([
    [1, 60, 150],
    [2, 200, 400],
    [3, 300, 2000],
  ])('agrees with graphology-metrics on random graph #%i (%i nodes, %i edges)', async (seed, n, m) => {
    const graph = randomGraph(seed, n, m);
    const compact = toCompact(graph);
    const ours = pathMetrics(compact);
    const theirsB = betweenness(graph, { getEdgeWeight: null });
    const theirsC = closeness(graph, { wassermanFaust: true });
    compact.ids.forEach((id, i) => {
      expect(Math.abs(ours.betweenness[i] - theirsB[id])).toBeLessThanOrEqual(EXACT);
      expect(Math.abs(ours.closeness[i] - theirsC[id])).toBeLessThanOrEqual(EXACT);
    });
  });

  test('small cases: empty graph, one edge, a path of three', async () => {
    expect(await computeScores(new Graph({ type: 'undirected' }))).toEqual([]);
    const pair = new Graph({ type: 'undirected' });
    pair.addEdge(pair.addNode('a'), pair.addNode('b'));
    expect((await computeScores(pair)).map((s) => [s.id, s.degreeCentrality, s.betweenness, s.closeness])).toEqual([
      ['a', 1, 0, 1],
      ['b', 1, 0, 1],
    ]);
    pair.addEdge('b', pair.addNode('c'));
    const path3 = await computeScores(pair);
    expect(path3.find((s) => s.id === 'b')!.betweenness).toBe(1);
    expect(path3.find((s) => s.id === 'a')!.closeness).toBeCloseTo(2 / 3, 15);
  });

  test('refuses a directed or multi graph (the metrics are defined on an undirected simple graph)', async () => {
    await expect(computeScores(new Graph({ type: 'directed' }))).rejects.toThrow(/undirected simple graph/);
  });
});

describe('communities', () => {
  test('are reproducible, cover every node once, and report the modularity graphology-metrics computes', () => {
    const graph = randomGraph(7, 200, 600);
    const first = detectCommunities(graph);
    expect(detectCommunities(graph)).toEqual(first);
    const members = first.communities.flat();
    expect(members.length).toBe(graph.order);
    expect(new Set(members).size).toBe(graph.order);
    const mapping = Object.fromEntries(first.communities.flatMap((ids, c) => ids.map((id) => [id, c])));
    expect(Math.abs(modularity(graph, { getNodeCommunity: (node: string) => mapping[node], getEdgeWeight: null }) - first.modularity)).toBeLessThanOrEqual(EXACT);
    for (let i = 1; i < first.communities.length; i++) {
      expect(first.communities[i - 1].length).toBeGreaterThanOrEqual(first.communities[i].length);
    }
  });
});

describe('cache per graph version', () => {
  test('a second request reuses the projection; a write makes the next one recompute', async () => {
    const own = new AnalyticsService(store);
    const projections = await projectionReadCounter(store);
    const start = await projections();
    const before = await own.metrics(['SISTER_OF']);
    await own.metrics(['SISTER_OF']);
    await own.communities(['SISTER_OF']);
    expect((await projections()) - start).toBe(1);
    await store.run('city/merge-partnerships', { rows: [{ cityA: 'paris', cityB: 'berlin', tier: 'SISTER', since: null, source: 'test' }], updatedAt: null });
    const after = await own.metrics(['SISTER_OF']);
    expect((await projections()) - start).toBe(2);
    expect(after.version).toBe(before.version + 1);
    expect(after.edgeCount).toBe(before.edgeCount + 1);
    // Seoul no longer lies on every path: Paris and Berlin are now linked directly.
    expect(after.ranked('betweenness')[0].betweenness).toBeLessThan(1);
  });
});
