// The analytics Cypher files on the seeded graph (the test engine): paging and the benchmark's path queries.
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import type { QueryName } from '../../src/store/queries';
import { ANALYTICS_SAMPLE_PARAMS } from './sample-params';
import { openTestStore } from '../support/engine';

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, readSeed(), silentLogger);
});
afterAll(() => store.close());

test.each(Object.entries(ANALYTICS_SAMPLE_PARAMS))('%s runs with its sample parameters', async (name, params) => {
  expect((await store.run(name as QueryName, params)).length).toBeGreaterThan(0);
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

test('shortest paths between cities: any relationship, and partnerships only', async () => {
  expect(await store.run('analytics/city-shortest-path-length', { from: 'seoul', to: 'paris' })).toEqual([{ length: 1 }]);
  // Paris and Tokyo are both Seoul's partners: two partnerships apart.
  expect(await store.run('analytics/city-partnership-distance', { from: 'paris', to: 'tokyo' })).toEqual([{ length: 2 }]);
});
