// Store contract on the embedded engine: schema, idempotent seeding, atomic rollback, and every read query.
import path from 'node:path';
import { loadSeed, readSeed } from '../../src/seed/seed';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from '../support/engine';

const fixture = readSeed(path.join(__dirname, '../fixtures/mini-graph.json'));

describe('embedded store', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = (await openTestStore()).store;
  });
  afterEach(() => store.close());

  test('seeding twice changes nothing', async () => {
    await loadSeed(store, fixture);
    const first = await store.counts();
    await loadSeed(store, fixture);
    expect(await store.counts()).toEqual(first);
    expect(first.nodes).toEqual({ City: 4, Nation: 3, Official: 2, Organization: 2, PolicyProject: 3, Ranking: 2, Event: 3, StatedFigure: 2 });
    expect(first.relationships.DISCUSSED).toBe(3);
    expect(first.relationships.SISTER_OF).toBe(2);
  });

  test('counts are kept until the next write; latestCounts answers with the last ones while a recount runs', async () => {
    await loadSeed(store, fixture);
    const queries = async () => (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);
    const first = await store.counts();
    const before = await queries();
    expect(await store.counts()).toEqual(first);
    expect(await store.latestCounts()).toEqual({ ...first, stale: false });
    expect(await queries()).toBe(before);

    await store.run('city/unlink-partners', { cityA: 'seoul', cityB: 'berlin' });
    // The write changed the version: the last counts, marked stale, without waiting for the recount...
    expect(await store.latestCounts()).toEqual({ ...first, stale: true });
    // ...which the next call of counts() shares.
    const after = await store.counts();
    expect(after.relationships.SISTER_OF).toBe(first.relationships.SISTER_OF - 1);
    expect(await store.latestCounts()).toEqual({ ...after, stale: false });
  });

  test('isEmpty stops at the first node', async () => {
    expect(await store.isEmpty()).toBe(true);
    await loadSeed(store, fixture);
    expect(await store.isEmpty()).toBe(false);
  });

  test('a seed with a dangling reference rolls back entirely', async () => {
    const broken = { ...fixture, memberships: [...fixture.memberships, { city: 'nowhere', organization: 'm', since: null, role: null, source: 's' }] };
    await expect(loadSeed(store, broken)).rejects.toThrow(/memberships\[6\]\.city: unknown city "nowhere"/);
    expect(await store.counts()).toEqual({ nodes: {}, relationships: {} });
  });

  test('partners sharing organizations, ordered by shared count then name', async () => {
    await loadSeed(store, fixture);
    const [row] = await store.run('traversal/partners-sharing-organizations', { cityId: 'seoul', minShared: 1, limit: null });
    expect((row.partners as { partner: { id: string }; sharedCount: number }[]).map((r) => [r.partner.id, r.sharedCount])).toEqual([
      ['berlin', 2],
      ['paris', 1],
    ]);
    const [strict] = await store.run('traversal/partners-sharing-organizations', { cityId: 'seoul', minShared: 2, limit: null });
    expect(strict.partners).toHaveLength(1);
  });

  test('keyset pages do not repeat or skip rows when a row is inserted between pages', async () => {
    await loadSeed(store, fixture);
    const filters = { nation: null, kind: null, tier: null, partnerOf: null, nameContains: null, continent: null };
    const page1 = await store.run('city/list-cities', { ...filters, afterName: null, afterId: null, limit: 2 });
    const last = page1[1].city as { name: string; id: string };
    await loadSeed(store, { ...fixture, cities: [...fixture.cities, { id: 'aachen', name: 'Aachen', kind: 'CITY', nation: 'DE', source: 's' }] });
    const page2 = await store.run('city/list-cities', { ...filters, afterName: last.name, afterId: last.id, limit: 10 });
    expect([...page1, ...page2].map((r) => (r.city as { id: string }).id)).toEqual(['berlin', 'bonn', 'paris', 'seoul']);
  });

  test('a seed that places a city in another nation moves it: one LOCATED_IN, to the new nation', async () => {
    await loadSeed(store, fixture);
    const moved = { ...fixture, cities: fixture.cities.map((c) => (c.id === 'bonn' ? { ...c, nation: 'FR' } : c)) };
    await loadSeed(store, moved);
    const [row] = await store.run('city/get-cities-by-ids', { ids: ['bonn'] });
    expect((row.city as { nation: string }).nation).toBe('FR');
    expect((await store.counts()).relationships.LOCATED_IN).toBe(fixture.cities.length);
  });

  test('the graph version moves after each committed write, not after reads or a rolled-back transaction', async () => {
    expect(store.version).toBe(0);
    await loadSeed(store, fixture);
    expect(store.version).toBe(1);
    await store.run('stats/count-nodes-by-label');
    expect(store.version).toBe(1);
    await store.run('nation/upsert-nations', { rows: [{ code: 'IT', name: 'Italy', source: 's' }], updatedAt: null });
    expect(store.version).toBe(2);
    const broken = { ...fixture, memberships: [{ city: 'nowhere', organization: 'm', since: null, role: null, source: 's' }] };
    await expect(loadSeed(store, broken)).rejects.toThrow();
    expect(store.version).toBe(2);
  });

  test('every query runs through the counter of the executor', async () => {
    await store.run('stats/count-nodes-by-label');
    const metric = await store.metrics.queries.get();
    const value = metric.values.find((v) => v.labels.query === 'stats/count-nodes-by-label');
    expect(value?.value).toBe(1);
    expect(value?.labels.engine).toBe(store.engine);
  });

  test('the version counts committed write transactions, not reads nor rolled-back writes', async () => {
    const seen: number[] = [];
    store.onWrite((version) => seen.push(version));
    await loadSeed(store, fixture);
    await store.run('city/get-cities-by-ids', { ids: ['seoul'] });
    await expect(store.transaction(async (tx) => {
      await tx.run('nation/upsert-nations', { rows: [{ code: 'IT', name: 'Italy', source: 's' }], updatedAt: 'x' });
      throw new Error('refused');
    })).rejects.toThrow('refused');
    await store.run('nation/upsert-nations', { rows: [{ code: 'IT', name: 'Italy', source: 's' }], updatedAt: 'x' });
    expect(seen).toEqual([1, 2]);
    expect(store.version).toBe(2);
  });
});
