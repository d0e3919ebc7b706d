// The analytics Cypher files on the seeded graph: keyset pages of nodes and relationships.
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from '../support/engine';
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
