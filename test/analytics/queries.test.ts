// The analytics Cypher files on the seeded graph: keyset pages of nodes and relationships, and the metric projection.
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from '../support/engine';
import { FULL_GRAPH, RELATIONSHIP_TYPES } from '../../src/model/graph';
import { readProjectionArrays } from '../../src/services/analytics/projection-arrays';
import { readEdgePages, readNodePages } from '../../src/services/projection';
import { ANALYTICS_SAMPLE_PARAMS } from './sample-params';

const seed = readSeed();
let store: GraphStore;
beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, seed, silentLogger);
});
afterAll(() => store.close());

test('page-nodes with its sample parameters: every node of the chosen labels once, in id order', async () => {
  const rows = await store.run('analytics/page-nodes', ANALYTICS_SAMPLE_PARAMS['analytics/page-nodes']);
  const expected = [...seed.cities.map((c) => c.id), ...seed.organizations.map((o) => o.id)].sort();
  expect(rows.map((r) => r.id)).toEqual(expected);
});

test('page-relationships with its sample parameters: the memberships of every city after Seoul', async () => {
  const rows = await store.run('analytics/page-relationships', ANALYTICS_SAMPLE_PARAMS['analytics/page-relationships']);
  const actual = rows.flatMap((r) => (r.relationships as { target: string }[]).map((x) => `${r.source}>${x.target}`)).sort();
  const expected = seed.memberships.filter((m) => m.city > 'seoul').map((m) => `${m.city}>${m.organization}`).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(actual).toEqual(expected);
});

test('page-nodes: our ids (a nation by its code), one label, ordered by id, after the cursor', async () => {
  const rows = await store.run('analytics/page-nodes', { labels: ['Nation', 'City'], afterId: 'KP', afterLabel: 'Nation', limit: 3 });
  expect(rows.map((r) => [r.id, r.label])).toEqual([
    ['KR', 'Nation'],
    ['KZ', 'Nation'],
    ['LA', 'Nation'],
  ]);
  expect(rows[0].properties).toMatchObject({ code: 'KR', name: 'Republic of Korea' });
});

test('page-relationships: one row per source node, with or without relationships', async () => {
  const rows = await store.run('analytics/page-relationships', { labels: ['City', 'Nation'], types: ['LOCATED_IN'], afterId: 'seoul', afterLabel: 'City', limit: 2 });
  expect(rows.map((r) => r.source)).toEqual(['shandong', 'shanghai']);
  expect(rows[0].relationships).toEqual([{ type: 'LOCATED_IN', target: 'CN', properties: { source: 'smg-city-diplomacy-2017' } }]);
  const none = await store.run('analytics/page-relationships', { labels: ['City'], types: ['LOCATED_IN'], afterId: 'seoul', afterLabel: 'City', limit: 1 });
  expect(none).toEqual([{ source: 'shandong', sourceLabel: 'City', relationships: [] }]);
});

test('the metric projection lists every node and relationship of the exports once, whatever the page size', async () => {
  const nodes: string[] = [];
  for await (const page of readNodePages(store, FULL_GRAPH)) nodes.push(...page.map((n) => `${n.id} ${n.label} ${String(n.properties.name ?? n.id)}`));
  const edges: string[] = [];
  for await (const page of readEdgePages(store, FULL_GRAPH)) edges.push(...page.map((e) => `${e.source}>${e.type}>${e.target}`));
  for (const pageSize of [10_000, 7]) {
    const table = await readProjectionArrays(store, undefined, pageSize);
    expect(table.ids.map((id, i) => `${id} ${table.labels[i]} ${table.names[i]}`).sort()).toEqual(nodes.sort());
    const pairs = Array.from(table.pairTypes, (t, e) => `${table.ids[table.pairs[2 * e]]}>${RELATIONSHIP_TYPES[t]}>${table.ids[table.pairs[2 * e + 1]]}`);
    expect(pairs.sort()).toEqual(edges.sort());
  }
});

test('projection-out with its sample parameters (the default slot, cities by key): every outgoing relationship of each, as parallel lists', async () => {
  const rows = await store.run('analytics/projection-out', ANALYTICS_SAMPLE_PARAMS['analytics/projection-out']);
  const actual = rows.flatMap((r) => (r.targets as string[]).map((t, k) => `${r.source}>${(r.types as string[])[k]}>${t}`)).sort();
  // Every outgoing relationship of Seoul and Tokyo, as the exports read them; a key nobody has gives no row.
  const expected: string[] = [];
  for await (const page of readEdgePages(store, FULL_GRAPH)) expected.push(...page.filter((e) => e.source === 'seoul' || e.source === 'tokyo').map((e) => `${e.source}>${e.type}>${e.target}`));
  expect(expected.filter((e) => e.startsWith('tokyo>')).length).toBeGreaterThan(0);
  expect(actual).toEqual(expected.sort());
  expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['seoul', 'tokyo']));
});
