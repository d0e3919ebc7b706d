// The chunked import (src/services/import-chunks.ts): many small transactions, still all or nothing. A failure in a
// late chunk, after earlier chunks committed new and changed records, leaves the graph exactly as it was (every node
// and relationship with every property, updatedAt included); so does a crash between chunks, once the store is
// opened again (the journal's undo); and a chunked import that succeeds writes what a one-transaction import writes.
import path from 'node:path';
import { FULL_GRAPH } from '../../src/model/graph';
import { importGraph, undoInterruptedImports } from '../../src/services/import';
import { readEdgePages, readNodePages, type EdgeRow, type NodeRow } from '../../src/services/projection';
import { loadSeed, readSeed } from '../../src/seed/seed';
import type { GraphStore, TransactionScope, WriteSession } from '../../src/store/graph-store';
import type { Row } from '../../src/store/port';
import type { QueryName } from '../../src/store/queries';
import { openTestStore } from '../support/engine';

const fixture = readSeed(path.join(__dirname, '../fixtures/mini-graph.json'));
let store: GraphStore;
beforeEach(async () => {
  ({ store } = await openTestStore());
  await loadSeed(store, fixture);
  // Stamped records, so that restoring updatedAt is checked too.
  await importGraph(store, { cities: [{ id: 'bonn', name: 'Bonn', kind: 'CITY', nation: 'DE', source: 'stamped' }] }, { clock: () => new Date('2021-01-01T00:00:00Z') });
});
afterEach(() => store.close());

/** Every node and relationship with all its properties, and the journal: the graph as a comparable value. */
async function snapshot(): Promise<{ nodes: NodeRow[]; relationships: EdgeRow[]; journal: Row[] }> {
  const nodes: NodeRow[] = [];
  for await (const page of readNodePages(store, FULL_GRAPH)) nodes.push(...page);
  const relationships: EdgeRow[] = [];
  for await (const page of readEdgePages(store, FULL_GRAPH)) relationships.push(...page);
  return { nodes, relationships, journal: await store.run('import/read-journal') };
}

/** An import of new records and changes to stored ones, in every section: 40 changed records. */
function mixed() {
  const fresh = Array.from({ length: 12 }, (_, i) => ({ id: `new-${i}`, name: `New ${i}`, kind: 'CITY', nation: 'FR', source: 'chunk test' }));
  return {
    nations: [{ code: 'IS', name: 'Iceland', source: 's' }, { code: 'KR', name: 'Republic of Korea', source: 'changed' }],
    cities: [
      ...fresh,
      // Changed and moved: bonn (stamped before: its location's source and time differ from the city's), berlin with
      // a new location source.
      { id: 'bonn', name: 'Bonn am Rhein', kind: 'CITY', nation: 'FR', source: 'changed' },
      { id: 'berlin', name: 'Berlin', kind: 'CITY', nation: 'FR', source: 's', nationSource: 'moved' },
    ],
    organizations: [{ id: 'n', name: 'Nordic', source: 's' }, { id: 'm', name: 'Metropolis', acronym: 'M', source: 's' }],
    officials: [{ id: 'mayor', name: 'Mayor', title: 'Mayor', source: 's' }, { id: 'amb', name: 'Amb', title: 'Ambassador', source: 's' }],
    partnerships: [
      ...fresh.slice(1).map((c) => ({ cityA: 'new-0', cityB: c.id, tier: 'SISTER', source: 'chunk test' })),
      { cityA: 'berlin', cityB: 'seoul', tier: 'SISTER', since: 1994, source: 'changed' },
    ],
    memberships: [{ city: 'new-1', organization: 'n', source: 's' }, { city: 'seoul', organization: 'm', since: 1987, role: 'president', source: 's' }],
    hostings: [{ city: 'new-2', organization: 'n', source: 's' }, { city: 'seoul', organization: 'i', office: 'headquarters', source: 's' }],
    meetings: [{ official: 'mayor', with: 'lee', on: '2020-01', source: 's' }, { official: 'amb', with: 'lee', on: '2019-04', topics: ['c'], source: 's' }],
    offices: [{ official: 'mayor', targetLabel: 'City', target: 'new-3', title: 'Mayor', source: 's' }, { official: 'lee', targetLabel: 'City', target: 'seoul', title: 'x', source: 'changed' }],
  };
}

/** The store, with the `nth` run (from 1) of one query inside the import's transactions failing. */
function failingAt(name: QueryName, nth: number): GraphStore {
  let calls = 0;
  const failing = (work: (tx: TransactionScope) => Promise<unknown>) => (tx: TransactionScope) =>
    work({ run: (query, params) => (query === name && ++calls === nth ? Promise.reject(new Error(`${name} failed`)) : tx.run(query, params)) });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'exclusive') {
        return (work: (session: WriteSession) => Promise<unknown>) =>
          target.exclusive((session) => work({ transaction: (w: (tx: TransactionScope) => Promise<unknown>) => session.transaction(failing(w)) } as WriteSession));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

test('a chunked import writes what a one-transaction import writes, and leaves no journal', async () => {
  const chunked = await importGraph(store, mixed(), { chunkRows: 3, clock: () => new Date('2024-01-01T00:00:00Z') });
  const after = await snapshot();
  expect(after.journal).toEqual([]);
  const { store: other } = await openTestStore();
  try {
    await loadSeed(other, fixture);
    await importGraph(other, { cities: [{ id: 'bonn', name: 'Bonn', kind: 'CITY', nation: 'DE', source: 'stamped' }] }, { clock: () => new Date('2021-01-01T00:00:00Z') });
    const whole = await importGraph(other, mixed(), { chunkRows: 1000, clock: () => new Date('2024-01-01T00:00:00Z') });
    expect(chunked).toEqual(whole);
    const swap = store;
    store = other;
    expect(await snapshot()).toEqual(after);
    store = swap;
  } finally {
    await other.close();
  }
  expect(chunked.counts.cities).toEqual({ created: 12, updated: 2, unchanged: 0 });
});

// 40 changed records in chunks of 3: 14 chunks. The write steps of the last chunks fail after the first ones (with
// the updated nodes, the moved city, the changed relationships) have committed.
test.each<[QueryName, number]>([
  ['official/merge-offices-in-cities', 2],
  ['official/merge-meetings', 1],
  ['city/create-partnerships', 3],
  ['city/merge-partnerships', 1],
  ['import/write-journal-entry', 5],
])('a failure of %s (call %i) in a late chunk leaves the graph exactly as before, updated records restored', async (query, nth) => {
  const before = await snapshot();
  await expect(importGraph(failingAt(query, nth), mixed(), { chunkRows: 3 })).rejects.toThrow(`${query} failed`);
  expect(await snapshot()).toEqual(before);
  // Then the same import goes through whole.
  expect((await importGraph(store, mixed(), { chunkRows: 3 })).applied).toBe(true);
  expect((await snapshot()).nodes.length).toBe(before.nodes.length + 15);
});

test('chunks a crash left behind are undone when the store is next opened, updated records restored', async () => {
  const before = await snapshot();
  // A crash after some chunks committed: the import fails at its 9th chunk and its own undo cannot run either, as
  // when the process dies (the journal entries of chunks 0 to 7 stay).
  let undoBlocked = true;
  const crashing = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'exclusive') return Reflect.get(target, property, receiver);
      return (work: (session: WriteSession) => Promise<unknown>) =>
        target.exclusive((session) => {
          let chunks = 0;
          return work({
            transaction: (w: (tx: TransactionScope) => Promise<unknown>) => {
              chunks += 1;
              if (chunks >= 9 && undoBlocked) return Promise.reject(new Error('process died'));
              return session.transaction(w);
            },
          } as WriteSession);
        });
    },
  });
  await expect(importGraph(crashing, mixed(), { chunkRows: 3 })).rejects.toThrow('process died');
  const halfWritten = await snapshot();
  expect(halfWritten.journal.map((e) => e.chunk)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
  expect(halfWritten.nodes).not.toEqual(before.nodes);
  undoBlocked = false;
  expect(await undoInterruptedImports(store)).toBe(1);
  expect(await snapshot()).toEqual(before);
  expect(await undoInterruptedImports(store)).toBe(0);
});

test('while a chunked import runs, other writes wait for it to finish', async () => {
  const order: string[] = [];
  const importing = importGraph(store, mixed(), { chunkRows: 3 }).then(() => order.push('import'));
  // Started after the import, so it must not land between two of its chunks.
  await new Promise((resolve) => setImmediate(resolve));
  const upsert = store.run('nation/upsert-nations', { rows: [{ code: 'NO', name: 'Norway', source: 's' }], updatedAt: null }).then(() => order.push('write'));
  await Promise.all([importing, upsert]);
  expect(order).toEqual(['import', 'write']);
});
