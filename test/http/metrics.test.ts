// /metrics for operators: HTTP request and GraphQL operation durations with bounded labels, the store's series kept,
// and the whole exposition clean under Prometheus's own linter (`promtool check metrics`, Debian package prometheus).
import { execFile, spawnSync } from 'node:child_process';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { DROPPED_DEFAULT_METRICS, MAX_OPERATION_NAMES, OPERATION_LABEL } from '../../src/server/metrics';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function post(body: unknown) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json() as Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }>;
}

const metricsText = async () => (await fetch(`${server.url}/metrics`)).text();

/** The value of one series, e.g. sample(text, 'x_count', {a: 'b'}); undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.slice(name.length + 1, l.lastIndexOf('}')).split(',').includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('graphql_operation_duration_seconds', () => {
  test('counts operations by name and outcome: success, error, rejected', async () => {
    expect((await post({ query: 'query CityName { city(id: "seoul") { name } }' })).errors).toBeUndefined();
    await post({ query: 'query CityName { city(id: "berlin") { name } }' });
    await post({ query: '{ nation(code: "KR") { name } }' });
    const failed = await post({ query: 'query TooBig { cities(first: 101) { totalCount } }' });
    expect(failed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    await post({ query: 'query Broken { city(id: "seoul") { nosuchfield } }' });
    await post({ query: 'query { city(id: ' });
    const text = await metricsText();
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: 'CityName', outcome: 'success' })).toBe(2);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: OPERATION_LABEL.anonymous, outcome: 'success' })).toBe(1);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: 'TooBig', outcome: 'error' })).toBe(1);
    // Validation failed: never executed, but the document names its operation.
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: 'Broken', outcome: 'rejected' })).toBe(1);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: OPERATION_LABEL.unresolved, outcome: 'rejected' })).toBe(1);
    expect(sample(text, 'graphql_operation_duration_seconds_bucket', { operation: 'CityName', outcome: 'success', le: '+Inf' })).toBe(2);
  });

  test(`gives at most ${MAX_OPERATION_NAMES} names their own series; later names count as ${OPERATION_LABEL.other}`, async () => {
    for (let i = 0; i <= MAX_OPERATION_NAMES; i += 1) await post({ query: `query Flood${i} { __typename }` });
    const text = await metricsText();
    const names = new Set(
      text
        .split('\n')
        .filter((l) => l.startsWith('graphql_operation_duration_seconds_count{'))
        .map((l) => /operation="([^"]*)"/.exec(l)![1]),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: OPERATION_LABEL.other, outcome: 'success' })).toBeGreaterThanOrEqual(1);
  });
});

describe('http_request_duration_seconds', () => {
  test('labels requests by method, route and status, and unknown paths as one route', async () => {
    await fetch(`${server.url}/health`);
    await fetch(`${server.url}/no/such/path/1`);
    await fetch(`${server.url}/no/such/path/2`);
    await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    await fetch(`${server.url}/export/nodes.csv?labels=Nation`).then((r) => r.text());
    const text = await metricsText();
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/health', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/export/nodes.csv', status: '200' })).toBe(1);
    expect(text).not.toContain('/no/such/path');
  });

  test('keeps the store series and the process metrics', async () => {
    const text = await metricsText();
    expect(text).toMatch(/^graph_store_queries_total\{/m);
    expect(text).toMatch(/^graph_store_query_duration_seconds_bucket\{/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    for (const name of DROPPED_DEFAULT_METRICS) expect(text).not.toMatch(new RegExp(`^${name} `, 'm'));
  });
});

const PROMTOOL = process.env.PROMTOOL || 'promtool';
const hasPromtool = spawnSync(PROMTOOL, ['--version']).status === 0;
if (!hasPromtool) console.warn('metrics.test: promtool not found (apt-get install prometheus, or set PROMTOOL): the lint checks are skipped');

/** `promtool check metrics` on `text`: exit status and what it printed. Asynchronous: the server runs in this process. */
function promtoolCheck(text: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(PROMTOOL, ['check', 'metrics'], (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
    child.stdin!.end(text);
  });
}

(hasPromtool ? describe : describe.skip)('promtool check metrics', () => {
  test('passes on the whole /metrics exposition', async () => {
    await post({ query: 'query CityName { city(id: "seoul") { name } }' });
    const result = await promtoolCheck(await metricsText());
    expect(result.output.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  test('would fail on prom-client defaults as they come: the dropped gauges are what it rejects', async () => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const result = await promtoolCheck(await registry.metrics());
    expect(result.status).not.toBe(0);
    for (const name of DROPPED_DEFAULT_METRICS) expect(result.output).toContain(name);
  });
});
