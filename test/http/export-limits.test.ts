// Exports are heavy work (README, "Heavy work"): a client that leaves mid-download stops the store reads, and past
// EXPORT_CONCURRENCY a further export is refused with a typed 503 and Retry-After. Observed through the store's query
// counter and the `graph_exports_running` gauge, not through timings.
import http from 'node:http';
import { startTestServer, type TestServer } from '../support/server';

/** Extra cities, so an export in pages of PAGE_SIZE takes hundreds of store reads. */
const EXTRA_CITIES = 2000;
const PAGE_SIZE = 5;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    exports: { concurrency: 1, pageSize: PAGE_SIZE },
    beforeStart: async (store) => {
      const rows = Array.from({ length: EXTRA_CITIES }, (_, i) => ({ id: `export-limit-${i}`, name: `Export ${i}`, kind: 'CITY', nation: 'KR', source: 'test', nationSource: 'test' }));
      await store.run('city/upsert-cities', { rows, updatedAt: null });
    },
  });
}, 120_000);
afterAll(() => server.close());

async function storeQueries(): Promise<number> {
  return (await server.store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);
}

async function exportsRunning(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^graph_exports_running (\d+)/m.exec(text)?.[1]);
}

/** Waits until no export handler is running any more (it frees its place when it returns), polling the gauge. */
async function exportsFinished(): Promise<void> {
  while ((await exportsRunning()) !== 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Starts a download and resolves with its request once the first bytes of the body have arrived (not read further). */
function startDownload(path: string): Promise<{ request: http.ClientRequest; response: http.IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const request = http.get(server.url + path, (response) => {
      response.once('data', () => {
        response.pause();
        resolve({ request, response });
      });
    });
    request.on('error', reject);
  });
}

test('a client that disconnects mid-export stops the store reads', async () => {
  const before = await storeQueries();
  const { request, response } = await startDownload('/export/graph.json');
  expect(response.statusCode).toBe(200);
  const atClose = await storeQueries();
  request.destroy();
  await exportsFinished();
  const after = await storeQueries();
  // The whole file needs a read per PAGE_SIZE nodes: more than EXTRA_CITIES / PAGE_SIZE reads.
  expect(after - before).toBeLessThan(EXTRA_CITIES / PAGE_SIZE / 4);
  // After the close, at most the page already being read (the engine cannot stop a read under way) and one more
  // started before the server saw the close.
  expect(after - atClose).toBeLessThanOrEqual(2);
}, 60_000);

test('the whole export reads every page when the client stays (the contrast for the test above)', async () => {
  const before = await storeQueries();
  const response = await fetch(`${server.url}/export/nodes.csv`);
  expect(response.status).toBe(200);
  const lines = (await response.text()).trim().split('\n');
  expect(lines.length).toBeGreaterThan(EXTRA_CITIES);
  expect((await storeQueries()) - before).toBeGreaterThan(EXTRA_CITIES / PAGE_SIZE);
}, 60_000);

test('past EXPORT_CONCURRENCY an export is refused with a typed 503 and Retry-After; the place frees when it ends', async () => {
  const { request } = await startDownload('/export/graph.graphml');
  expect(await exportsRunning()).toBe(1);
  for (const path of ['/export/edges.csv', '/export/cities.geojson']) {
    const refused = await fetch(server.url + path);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { error: { code: string; message: string; retryAfterSeconds: number; limit: number } };
    expect(body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', limit: 1 });
    expect(body.error.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));
    expect(body.error.message).toMatch(/1 exports are being streamed already/);
  }
  request.destroy();
  await exportsFinished();
  const again = await fetch(`${server.url}/export/cities.geojson`);
  expect(again.status).toBe(200);
  expect(((await again.json()) as { type: string }).type).toBe('FeatureCollection');
}, 60_000);
