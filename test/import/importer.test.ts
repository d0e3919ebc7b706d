// The importer on the store: all or nothing when a write fails midway, moves between nations, and the shape checks
// of a document that did not come through GraphQL (the CLI's JSON).
import path from 'node:path';
import { importGraph, ImportRejected, MAX_IMPORT_RECORDS } from '../../src/services/import';
import { loadSeed, readSeed } from '../../src/seed/seed';
import type { GraphStore, TransactionScope, WriteSession } from '../../src/store/graph-store';
import type { QueryName } from '../../src/store/queries';
import { openTestStore } from '../support/engine';

const fixture = readSeed(path.join(__dirname, '../fixtures/mini-graph.json'));
let store: GraphStore;
beforeEach(async () => {
  ({ store } = await openTestStore());
  await loadSeed(store, fixture);
});
afterEach(() => store.close());

/** The store, with one named query failing inside write transactions (a crash of the engine midway). */
function failingOn(name: QueryName): GraphStore {
  const failing = (work: (tx: TransactionScope) => Promise<unknown>) => (tx: TransactionScope) =>
    work({ run: (query, params) => (query === name ? Promise.reject(new Error(`${name} failed`)) : tx.run(query, params)) });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'transaction') return (work: (tx: TransactionScope) => Promise<unknown>) => target.transaction(failing(work));
      // The import writes in an exclusive session: its transactions fail the same way.
      if (property === 'exclusive') {
        return (work: (session: WriteSession) => Promise<unknown>) =>
          target.exclusive((session) => work({ transaction: (w: (tx: TransactionScope) => Promise<unknown>) => session.transaction(failing(w)) } as WriteSession));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

const big = {
  nations: [{ code: 'IS', name: 'Iceland', source: 's' }],
  cities: [{ id: 'reykjavik', name: 'Reykjavik', kind: 'CITY', nation: 'IS', source: 's' }],
  organizations: [{ id: 'n', name: 'Nordic', source: 's' }],
  officials: [{ id: 'mayor', name: 'Mayor', title: 'Mayor', source: 's' }],
  partnerships: [{ cityA: 'reykjavik', cityB: 'seoul', tier: 'SISTER', source: 's' }],
  memberships: [{ city: 'reykjavik', organization: 'n', source: 's' }],
  hostings: [{ city: 'reykjavik', organization: 'n', source: 's' }],
  meetings: [{ official: 'mayor', with: 'lee', on: '2020-01', source: 's' }],
  offices: [{ official: 'mayor', targetLabel: 'City', target: 'reykjavik', title: 'Mayor', source: 's' }],
};

const LAST_WRITES: QueryName[] = ['nation/upsert-nations', 'city/create-partnerships', 'official/merge-offices-in-cities'];
test.each(LAST_WRITES)(
  'a failure of %s leaves nothing of the import behind',
  async (query) => {
    const before = await store.counts();
    await expect(importGraph(failingOn(query), big)).rejects.toThrow(`${query} failed`);
    expect(await store.counts()).toEqual(before);
    // The same import then goes through whole.
    const report = await importGraph(store, big);
    expect(report.applied).toBe(true);
    expect((await store.counts()).nodes.City).toBe(before.nodes.City + 1);
  },
);

test('a city imported with another nation moves there (one LOCATED_IN)', async () => {
  const before = await store.counts();
  const report = await importGraph(store, { cities: [{ id: 'bonn', name: 'Bonn', kind: 'CITY', nation: 'FR', source: 's' }] });
  expect(report.counts.cities).toEqual({ created: 0, updated: 1, unchanged: 0 });
  expect(await store.counts()).toEqual(before);
  const [row] = await store.run('city/get-cities-by-ids', { ids: ['bonn'] });
  expect(row.city).toMatchObject({ nation: 'FR' });
});

test('an import with problems throws ImportRejected carrying the report; a dry run returns it', async () => {
  const input = { cities: [{ id: 'x', name: 'X', kind: 'CITY', nation: 'ZZ', source: 's' }] };
  const error = await importGraph(store, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportRejected);
  expect((error as ImportRejected).report).toMatchObject({ applied: false, problemCount: 1 });
  expect(await importGraph(store, input, { dryRun: true })).toMatchObject({ applied: false, dryRun: true, problemCount: 1 });
});

test.each([
  [[], 'input', /must be an object/],
  [{ towns: [] }, 'input', /unknown section "towns"/],
  [{ cities: { id: 'x' } }, 'cities', /cities must be a list of records/],
  [{ cities: ['x'] }, 'cities', /a record must be an object/],
  [{ cities: [{ id: 'x', name: 'X', kind: 'CITY', nation: 'KR', source: 's', population: 3 }] }, 'cities', /unknown field "population"/],
  [{ cities: [{ id: 'x', name: 'X', kind: 'TOWN', nation: 'KR', source: 's' }] }, 'cities', /kind must be one of CITY/],
  [{ partnerships: [{ cityA: 'seoul', cityB: 'paris', tier: 'SISTER', since: '1990', source: 's' }] }, 'partnerships', /since must be a year/],
  [{ meetings: [{ official: 'lee', with: 'amb', on: '2019-01', topics: 'a', source: 's' }] }, 'meetings', /topics must be a list/],
  [{ cities: Array(MAX_IMPORT_RECORDS + 1).fill({}) }, 'input', /at most 100000/],
])('the document %#: a problem in %s', async (input, section, message) => {
  const report = await importGraph(store, input, { dryRun: true });
  expect(report.problems[0]).toMatchObject({ section });
  expect(report.problems[0].message).toMatch(message);
});

test('relationships with an end the import creates are not probed for (none can be stored); the others are', async () => {
  const probes = async () =>
    (await store.metrics.queries.get()).values.filter((v) => /get-(partnerships|memberships|hostings)-of-pairs/.test(String(v.labels.query))).reduce((sum, v) => sum + v.value, 0);
  const before = await probes();
  const report = await importGraph(store, {
    cities: [{ id: 'reykjavik', name: 'Reykjavik', kind: 'CITY', nation: 'KR', source: 's' }],
    organizations: [{ id: 'n', name: 'Nordic', source: 's' }],
    partnerships: [{ cityA: 'seoul', cityB: 'reykjavik', tier: 'SISTER', source: 's' }],
    memberships: [{ city: 'seoul', organization: 'n', source: 's' }],
    hostings: [{ city: 'reykjavik', organization: 'i', source: 's' }],
  });
  expect(report.counts).toMatchObject({ partnerships: { created: 1 }, memberships: { created: 1 }, hostings: { created: 1 } });
  expect(await probes()).toBe(before);
  // A pair of stored nodes is probed, and found: Seoul and Paris are partners in the fixture.
  const again = await importGraph(store, { partnerships: [{ cityA: 'paris', cityB: 'seoul', tier: 'SISTER', since: 1991, source: 's' }] });
  expect(await probes()).toBe(before + 1);
  expect(again.counts.partnerships).toEqual({ created: 0, updated: 0, unchanged: 1 });
});
