// The analytics service's bounds, on the seeded store and real worker threads: single-flight, the queue bound,
// cancellation when every waiting request has gone or its deadline passed, and shutdown during a computation. Where
// a computation must stay running, the service's pool runs a worker that takes its task and never answers
// (test/support/stalled-analytics-worker.ts): the service, queue, pool and threads are the real ones.
import path from 'node:path';
import { openStore, readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import { AnalyticsService } from '../../src/services/analytics/analytics-service';
import { WorkerPool } from '../../src/services/analytics/pool';
import type { GraphStore } from '../../src/store/graph-store';
import { projectionReadCounter } from '../support/projection-reads';

const STALLED_WORKER = path.join(__dirname, '../support/stalled-analytics-worker.ts');

let store: GraphStore;
const services: AnalyticsService[] = [];

beforeAll(async () => {
  ({ store } = await openStore({ engine: 'embedded', dataDir: ':memory:' }, silentLogger));
  await seedIfEmpty(store, readSeed(), silentLogger);
});
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
  await store.close();
});

function service(options: ConstructorParameters<typeof AnalyticsService>[1] = {}): AnalyticsService {
  const created = new AnalyticsService(store, { workers: 1, ...options });
  services.push(created);
  return created;
}

/** A service whose computations never finish: they run until cancelled or shut down. */
function stalledService(options: ConstructorParameters<typeof AnalyticsService>[1] = {}): AnalyticsService {
  return service({ pool: new WorkerPool(1, STALLED_WORKER), ...options });
}


/** Polls until `check` holds (or fails the test after 5 s). */
async function eventually(check: () => boolean): Promise<void> {
  const until = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('single-flight: concurrent identical requests share one computation and one projection read', async () => {
  const analytics = service();
  const projections = await projectionReadCounter(store);
  const before = await projections();
  const [a, b, c] = await Promise.all([analytics.metrics(['SISTER_OF']), analytics.metrics(['SISTER_OF']), analytics.metrics(['SISTER_OF'])]);
  expect(b).toBe(a);
  expect(c).toBe(a);
  expect((await projections()) - before).toBe(1);
  expect(a.ranked('betweenness', { limit: 1 })[0].id).toBe('seoul');
  // A different selection is a different computation, on the projection already read (every type, once per version).
  const other = await analytics.metrics(['MEMBER_OF']);
  expect(other).not.toBe(a);
  expect(other.nodeCount).not.toBe(a.nodeCount);
  expect((await projections()) - before).toBe(1);
});

test('the queue is bounded: past it a request gets SERVICE_UNAVAILABLE with a retry hint, identical requests still join', async () => {
  const analytics = stalledService({ queueLimit: 1 });
  const controller = new AbortController();
  const running = analytics.metrics(['SISTER_OF'], { signal: controller.signal });
  const queued = analytics.metrics(['MEMBER_OF'], { signal: controller.signal });
  await eventually(() => analytics.load.running === 1 && analytics.load.queued === 1);
  await expect(analytics.metrics(['HOSTS'])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: expect.any(Number) } });
  // Joining the queued computation takes no new place in the queue.
  const joined = analytics.metrics(['MEMBER_OF'], { signal: controller.signal });
  expect(analytics.load.queued).toBe(1);
  controller.abort();
  await expect(Promise.all([running, queued, joined])).rejects.toMatchObject({ code: 'TIMEOUT' });
  await eventually(() => analytics.load.running === 0 && analytics.load.queued === 0 && analytics.load.workersBusy === 0);
});

test('a computation continues while one request waits for it, and stops when the last one leaves', async () => {
  const analytics = stalledService();
  const first = new AbortController();
  const second = new AbortController();
  const a = analytics.metrics(['SISTER_OF'], { signal: first.signal });
  const b = analytics.metrics(['SISTER_OF'], { signal: second.signal });
  await eventually(() => analytics.load.workersBusy === 1);
  first.abort();
  await expect(a).rejects.toMatchObject({ code: 'TIMEOUT' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(analytics.load.workersBusy).toBe(1);
  second.abort();
  await expect(b).rejects.toMatchObject({ code: 'TIMEOUT' });
  await eventually(() => analytics.load.workersBusy === 0 && analytics.load.running === 0);
  // The worker was replaced: the next computation reaches a worker.
  const third = new AbortController();
  const c = analytics.metrics(['SISTER_OF'], { signal: third.signal });
  await eventually(() => analytics.load.workersBusy === 1);
  third.abort();
  await expect(c).rejects.toMatchObject({ code: 'TIMEOUT' });
});

test('a deadline cancels the computation in the worker', async () => {
  const analytics = stalledService();
  const started = Date.now();
  await expect(analytics.metrics(['SISTER_OF'], { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ code: 'TIMEOUT' });
  expect(Date.now() - started).toBeLessThan(20_000);
  await eventually(() => analytics.load.workersBusy === 0 && analytics.load.running === 0);
});

test('shutdown during a computation: waiting requests get SERVICE_UNAVAILABLE, the worker stops, new requests are refused', async () => {
  const analytics = stalledService();
  const running = analytics.metrics(['SISTER_OF']);
  const queued = analytics.metrics(['HOSTS']);
  await eventually(() => analytics.load.workersBusy === 1);
  await analytics.close();
  expect(analytics.load.workersBusy).toBe(0);
  await expect(running).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  await expect(queued).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  await expect(analytics.metrics(['HOSTS'])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
});

test('above the exact work limit, betweenness and closeness are estimated from a seeded sample of pivots', async () => {
  const exact = await service().metrics();
  const sampled = await service({ exactWorkLimit: 2000, sampleSeed: 7 }).metrics();
  expect(exact).toMatchObject({ exact: true, sampleSize: exact.nodeCount, seed: null });
  expect(sampled.exact).toBe(false);
  expect(sampled.seed).toBe(7);
  expect(sampled.sampleSize).toBeGreaterThan(0);
  expect(sampled.sampleSize).toBeLessThan(sampled.nodeCount);
  // The same seed gives the same estimate; degree and PageRank stay exact.
  const again = await service({ exactWorkLimit: 2000, sampleSeed: 7 }).metrics();
  expect(again.ranked('betweenness', { limit: 10 })).toEqual(sampled.ranked('betweenness', { limit: 10 }));
  const pageRanks = (m: typeof exact) => m.ranked('pageRank').map((n) => [n.id, n.pageRank, n.degreeCentrality]);
  expect(pageRanks(sampled)).toEqual(pageRanks(exact));
  // Seoul, the hub, still ranks first.
  expect(sampled.ranked('betweenness', { limit: 1 })[0].id).toBe('seoul');
});
