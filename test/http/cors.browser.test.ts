/**
 * Cross-origin calls from a real (headless) Chromium: a page served on another loopback port calls the API with
 * fetch(), as a front end on localhost:5173 would. Reads over POST and GET and export downloads work from any origin
 * by default; a write works with a bearer token (the preflight allows Authorization); credentials (cookies) are never
 * allowed; a mutation over GET stays refused; with CORS_ORIGINS set, only the listed origins may read the answers.
 *
 * Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH); skipped with a warning without it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Authenticator } from '../../src/auth/authenticator';
import { parseAuth, parseCorsOrigins, type CorsOrigins } from '../../src/config';
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import { startServer } from '../../src/server/app';
import { openTestStore } from '../support/engine';
import { TEST_API_TOKENS, TOKENS } from '../support/graphql';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  console.warn(`cors.browser.test: skipping the browser tests, no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
}
const browserDescribe = hasChromium ? describe : describe.skip;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The API on a seeded in-memory store, with the test tokens and the given CORS origins. */
async function startApi(corsOrigins: CorsOrigins) {
  const seed = readSeed();
  const { store, metrics } = await openTestStore();
  await seedIfEmpty(store, seed, silentLogger);
  const server = await startServer({
    store,
    logger: silentLogger,
    sources: seed.sources,
    metrics,
    authenticator: Authenticator.fromConfig(parseAuth({ API_TOKENS: TEST_API_TOKENS })),
    corsOrigins,
    port: 0,
    host: '127.0.0.1',
  });
  return { url: server.url, close: async () => (await server.close(), await store.close()) };
}

/** A page on its own loopback port: another origin than the API's. */
async function startPageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>front end</title><p>front end'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Fetched {
  ok: boolean;
  status?: number;
  body?: any;
  headers?: Record<string, string | null>;
  error?: string;
}

/** fetch() run inside the page; a CORS refusal comes back as `error` (the page sees only a TypeError). */
function pageFetch(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string; credentials?: 'omit' | 'include' } = {}): Promise<Fetched> {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, init as RequestInit);
        const text = await response.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
        const headers = { 'content-disposition': response.headers.get('content-disposition'), 'x-graph-version': response.headers.get('x-graph-version') };
        return { ok: true, status: response.status, body, headers };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    { url, init },
  );
}

const post = (query: string, variables?: unknown, token?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});
const getUrl = (api: string, query: string) => `${api}/graphql?query=${encodeURIComponent(query)}`;
const UPSERT = 'mutation ($input: NationInput!) { upsertNation(input: $input) { code name } }';

browserDescribe('cross-origin calls from a browser page', () => {
  let browser: Browser;
  let page: Page;
  let front: Awaited<ReturnType<typeof startPageServer>>;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
    front = await startPageServer();
    page = await browser.newPage();
    await page.goto(front.origin);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await front?.close();
  });

  describe('with the default CORS_ORIGINS (any origin)', () => {
    let api: Awaited<ReturnType<typeof startApi>>;
    beforeAll(async () => {
      api = await startApi(parseCorsOrigins(undefined));
    });
    afterAll(() => api.close());

    test('the page and the API are on different origins', () => {
      expect(new URL(api.url).origin).not.toBe(front.origin);
    });

    test('a query POSTed as JSON (preflighted) answers', async () => {
      const result = await pageFetch(page, `${api.url}/graphql`, post('{ city(id: "seoul") { name } }'));
      expect(result).toMatchObject({ ok: true, status: 200, body: { data: { city: { name: 'Seoul' } } } });
    });

    test('a query over GET with no extra header answers', async () => {
      const result = await pageFetch(page, getUrl(api.url, '{ city(id: "seoul") { name } }'));
      expect(result).toMatchObject({ ok: true, status: 200, body: { data: { city: { name: 'Seoul' } } } });
    });

    test('an export downloads, and the page can read its file name and graph version', async () => {
      const result = await pageFetch(page, `${api.url}/export/graph.json?labels=Nation`);
      expect(result.ok).toBe(true);
      expect(result.status).toBe(200);
      expect(result.body.nodes.length).toBeGreaterThan(0);
      expect(result.headers!['content-disposition']).toContain('graph.json');
      expect(Number(result.headers!['x-graph-version'])).toBeGreaterThanOrEqual(0);
    });

    test('a mutation with a bearer token passes the preflight and writes; without one it is UNAUTHENTICATED', async () => {
      const input = { code: 'MT', name: 'Malta', source: 'cors test' };
      const written = await pageFetch(page, `${api.url}/graphql`, post(UPSERT, { input }, TOKENS.editor));
      expect(written).toMatchObject({ ok: true, status: 200, body: { data: { upsertNation: { code: 'MT', name: 'Malta' } } } });
      const anonymous = await pageFetch(page, `${api.url}/graphql`, post(UPSERT, { input }));
      expect(anonymous.ok).toBe(true);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    test('a mutation over GET is refused (405), and the page can read why', async () => {
      const result = await pageFetch(page, getUrl(api.url, 'mutation { upsertNation(input: {code: "MT", name: "x", source: "s"}) { code } }'));
      expect(result).toMatchObject({ ok: true, status: 405 });
      expect(result.body.errors[0].message).toMatch(/GET requests only support query operations/);
      const after = await pageFetch(page, getUrl(api.url, '{ nation(code: "MT") { name } }'));
      expect(after.body.data.nation?.name).not.toBe('x');
    });

    test('credentials are not allowed: a fetch with credentials: "include" is blocked by the browser', async () => {
      const result = await pageFetch(page, getUrl(api.url, '{ city(id: "seoul") { name } }'), { credentials: 'include' });
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/TypeError/);
    });
  });

  describe('with CORS_ORIGINS listing another origin', () => {
    let api: Awaited<ReturnType<typeof startApi>>;
    let allowedFront: Awaited<ReturnType<typeof startPageServer>>;
    let allowedPage: Page;
    beforeAll(async () => {
      allowedFront = await startPageServer();
      api = await startApi(parseCorsOrigins(`https://app.example.org,${allowedFront.origin}`));
      allowedPage = await browser.newPage();
      await allowedPage.goto(allowedFront.origin);
    });
    afterAll(async () => {
      await api.close();
      await allowedFront.close();
    });

    test('a listed origin reads answers', async () => {
      const viaPost = await pageFetch(allowedPage, `${api.url}/graphql`, post('{ city(id: "seoul") { name } }'));
      expect(viaPost).toMatchObject({ ok: true, status: 200, body: { data: { city: { name: 'Seoul' } } } });
      const viaGet = await pageFetch(allowedPage, getUrl(api.url, '{ city(id: "seoul") { name } }'));
      expect(viaGet).toMatchObject({ ok: true, status: 200 });
    });

    test('an origin not listed cannot read answers, over POST, GET or an export', async () => {
      for (const [url, init] of [
        [`${api.url}/graphql`, post('{ city(id: "seoul") { name } }')],
        [getUrl(api.url, '{ city(id: "seoul") { name } }'), {}],
        [`${api.url}/export/graph.json`, {}],
      ] as const) {
        const result = await pageFetch(page, url, init);
        expect(result.ok).toBe(false);
        expect(result.error).toMatch(/TypeError/);
      }
    });
  });
});

describe('preflight and CORS headers (HTTP)', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    api = await startApi('*');
  });
  afterAll(() => api.close());

  test('a preflight for POST with Authorization and Content-Type is allowed, without credentials', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('/health and /metrics are not for pages on other origins', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS_ORIGINS', () => {
  test('defaults to any origin; none means same origin only; a list is kept as origins', () => {
    expect(parseCorsOrigins(undefined)).toBe('*');
    expect(parseCorsOrigins(' * ')).toBe('*');
    expect(parseCorsOrigins('none')).toEqual([]);
    expect(parseCorsOrigins('http://localhost:5173, https://App.Example.org')).toEqual(['http://localhost:5173', 'https://app.example.org']);
  });

  test.each(['localhost:5173', 'http://localhost:5173/', 'https://example.org/app', 'ftp://example.org', '*,http://localhost:5173'])(
    'refuses %s, naming the entry',
    (value) => {
      expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS entry .* is not an origin/);
    },
  );
});
