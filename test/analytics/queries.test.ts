// The analytics Cypher files on the seeded graph: keyset pages of nodes and relationships, and the metric projection.
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from '../support/engine';
import { FULL_GRAPH, RELATIONSHIP_TYPES } from '../../src/model/graph';
import { readProjectionArrays } from '../../src/services/analytics/projection-arrays';
import { readEdgePages, readNodePages } from '../../src/services/projection';
import { ANALYTICS_SAMPLE_PARAMS } from './sample-params';
import { repositories } from '../../src/store/repositories';

const seed = readSeed();
let store: GraphStore;
beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, seed, silentLogger);
});
afterAll(() => store.close());

test('nodes-by-key with its sample parameters (the default slot, cities by key): each city once, with its properties', async () => {
  const rows = await store.run('analytics/nodes-by-key', ANALYTICS_SAMPLE_PARAMS['analytics/nodes-by-key']);
  const byId = new Map(rows.map((r) => [r.id, r.properties as Record<string, unknown>]));
  // A key nobody has gives no row.
  expect([...byId.keys()].sort()).toEqual(['seoul', 'tokyo']);
  const tokyo = seed.cities.find((c) => c.id === 'tokyo')!;
  expect(byId.get('tokyo')).toMatchObject({ id: 'tokyo', name: tokyo.name, kind: tokyo.kind });
});

test('nodesByKey: our ids (a nation by its code) and every stored property, for the label the slot names', async () => {
  const rows = await repositories(store).graph.nodesByKey('Nation', ['KR', 'seoul', 'KZ']);
  expect(rows.map((r) => r.id).sort()).toEqual(['KR', 'KZ']);
  expect(rows.find((r) => r.id === 'KR')!.properties).toMatchObject({ code: 'KR', name: 'Republic of Korea' });
});

test('relationships-by-key with its sample parameters: the nations of the cities asked for, with their properties', async () => {
  const rows = await store.run('analytics/relationships-by-key', ANALYTICS_SAMPLE_PARAMS['analytics/relationships-by-key']);
  expect(rows.map((r) => [r.source, r.relationships]).sort()).toEqual([
    ['seoul', [{ type: 'LOCATED_IN', target: 'KR', properties: { source: 'smg-city-diplomacy-2017' } }]],
    ['shandong', [{ type: 'LOCATED_IN', target: 'CN', properties: { source: 'smg-city-diplomacy-2017' } }]],
  ]);
});

test('relationshipsByKey: only the chosen types, only to nodes of the chosen labels; a source without any gives no row', async () => {
  const graph = repositories(store).graph;
  const cities = ['seoul', 'tokyo', 'shandong'];
  const rows = await graph.relationshipsByKey('City', cities, ['City', 'Organization'], ['MEMBER_OF']);
  const actual = rows.flatMap((r) => r.relationships.map((x) => `${r.source}>${x.type}>${x.target}`)).sort();
  const expected = seed.memberships.filter((m) => cities.includes(m.city)).map((m) => `${m.city}>MEMBER_OF>${m.organization}`).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(actual).toEqual(expected);
  // MEMBER_OF ends at an organization: with cities only, nothing is left.
  expect(await graph.relationshipsByKey('City', cities, ['City'], ['MEMBER_OF'])).toEqual([]);
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
