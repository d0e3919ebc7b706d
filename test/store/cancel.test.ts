// A request's store reads stop when its signal aborts (its deadline passed, its client left), as far as each engine
// allows (docs/engines.md, "Cancelling a query"): on Neo4j the server terminates the running transaction; on the
// embedded engine a read not yet in the engine is dropped. Writes are never cut short.
import { ErrorCode } from '../../src/model/errors';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jAdapter } from '../../src/store/neo4j-adapter';
import { describeNeo4jOnly, openTestStore, testStoreConfig } from '../support/engine';

describe('cancellable reads (both engines)', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = (await openTestStore()).store;
  });
  afterAll(() => store.close());

  test('a read of an aborted request is refused with TIMEOUT before it reaches the engine', async () => {
    const controller = new AbortController();
    controller.abort(new Error('deadline'));
    const before = (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);
    await expect(store.cancellable(controller.signal).run('stats/count-any-node')).rejects.toMatchObject({ code: ErrorCode.TIMEOUT });
    // Counted as asked for, then refused: the same query without the signal answers.
    expect((await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0)).toBe(before + 1);
    await expect(store.cancellable(new AbortController().signal).run('stats/count-any-node')).resolves.toHaveLength(1);
  });

  test('writes are not cut short by a signal: the store without one writes as before', () => {
    const controller = new AbortController();
    // The view only carries reads' cancellation; it is the store itself when there is no signal.
    expect(store.cancellable(undefined)).toBe(store);
    expect(store.cancellable(controller.signal)).not.toBe(store);
  });
});

describeNeo4jOnly('the server terminates a transaction', 'a long query cancelled by its signal', () => {
  let adapter: Neo4jAdapter;
  beforeAll(async () => {
    adapter = await Neo4jAdapter.connect(testStoreConfig().neo4j!);
  });
  afterAll(() => adapter.close());

  /** Transactions running a query that holds `tag`, other than the one asking. */
  const running = async (tag: string) =>
    (await adapter.run(`SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS '${tag}' AND NOT currentQuery CONTAINS 'SHOW' RETURN transactionId`, {}, 'schema')).length;

  test('aborting the signal ends the running query on the server (it would run for many minutes)', async () => {
    const tag = `cancel-probe-${process.pid}-${Date.now()}`;
    const controller = new AbortController();
    // Counts to 10^11 one by one: far longer than the test's timeout unless stopped.
    const query = adapter.run(`WITH '${tag}' AS tag UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n`, {}, 'read', { signal: controller.signal });
    query.catch(() => undefined);
    while ((await running(tag)) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error('deadline'));
    await expect(query).rejects.toMatchObject({ code: ErrorCode.TIMEOUT });
    // The server no longer runs it (polled: if the cancellation did not reach it, this outlasts the test's timeout).
    while ((await running(tag)) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await running(tag)).toBe(0);
  }, 120_000);
});
