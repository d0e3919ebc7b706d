// Heavy work through the real HTTP server: costs read from the stored graph (a hub's nested partners refused, the
// seed analyst's four-level question accepted, analytics fields counted alias by alias, aliased neighbourhoods priced
// by the relationships they can read), and a request's deadline
// and its client's departure cancelling the computation it waits for.
import path from 'node:path';
import { analyticsFor } from '../../src/services/analytics/analytics-service';
import { WorkerPool } from '../../src/services/analytics/pool';
import { ANALYTICS_FIELD_COST } from '../../src/server/cost';
import { generateSynthetic, loadSynthetic } from '../../bench/synthetic';
import type { GraphStore } from '../../src/store/graph-store';
import { startTestServer, type TestServer } from '../support/server';

async function post(server: TestServer, query: string, signal?: AbortSignal, variables?: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

async function eventually(check: () => boolean): Promise<void> {
  const until = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The seed analyst's question: Seoul's partners, their organizations, those organizations' members, and their partners. */
const ANALYST = `{ city(id: "seoul") { partners { city { name memberships { organization { name members { city { partners { tier city { name } } } } } } } } } }`;
const HUB = (id: string) => `{ city(id: "${id}") { partners { city { partners { city { partners { city { id } } } } } } } }`;
const NEIGHBORHOODS = (n: number, centre: (i: number) => string, args: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `n${i}: neighborhood(id: "${centre(i)}", ${args}) { truncated nodes { id } }`).join(' ')} }`;
const METRICS = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `m${i}: networkMetrics(via: [${['SISTER_OF', 'MEMBER_OF', 'HOSTS', 'LOCATED_IN'][i % 4]}]) { nodeCount }`).join(' ')} }`;

/** Seeding a cold Neo4j, and neighbourhoods on it, take seconds on a loaded machine: the hooks and tests wait for them. */
const SLOW_ENGINE_MS = 120_000;

describe('costs from the seeded graph', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ requestTimeoutMs: SLOW_ENGINE_MS });
  }, SLOW_ENGINE_MS);
  afterAll(() => server.close());

  test("the analyst's four-level question is accepted and answered", async () => {
    const { status, body } = await post(server, ANALYST);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.city.partners).toHaveLength(57);
  });

  test('partners five levels deep (back to Seoul at every other level) stop at the response-size limit', async () => {
    let selection = 'id name kind';
    for (let i = 0; i < 5; i += 1) selection = `partners { since tier city { ${selection} } }`;
    const { body } = await post(server, `{ city(id: "seoul") { ${selection} } }`);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/more than 100000 fields/), extensions: { code: 'BAD_USER_INPUT', maxFields: 100000 } })]);
  });

  test('ordinary neighbourhoods are accepted: one of depth 2, and fifteen aliased ones of depth 3 over this small graph', async () => {
    const seoul = await post(server, NEIGHBORHOODS(1, () => 'seoul', 'depth: 2'));
    expect([seoul.status, seoul.body.errors]).toEqual([200, undefined]);
    expect(seoul.body.data.n0.nodes.length).toBeGreaterThan(50);
    const fifteen = await post(server, NEIGHBORHOODS(15, () => 'seoul', 'depth: 3, limit: 1000'));
    expect([fifteen.status, fifteen.body.errors]).toEqual([200, undefined]);
  }, SLOW_ENGINE_MS);

  test('analytics fields are counted alias by alias', async () => {
    const three = await post(server, METRICS(3));
    expect(three.body.errors).toBeUndefined();
    const four = await post(server, METRICS(4));
    expect(four.status).toBe(400);
    expect(four.body.errors![0].message).toMatch(/Query cost limit of 20000 exceeded/);
    expect(four.body.errors![0].extensions.cost).toBeGreaterThanOrEqual(4 * ANALYTICS_FIELD_COST);
    const fifteen = await post(server, METRICS(15));
    expect(fifteen.body.errors![0].extensions.cost).toBeGreaterThanOrEqual(15 * ANALYTICS_FIELD_COST);
  });

  test('an operation whose cost cannot be estimated does not run uncosted (an explicit null for a defaulted variable)', async () => {
    // Valid as written (a variable with a default may feed a non-null argument), but null as sent: the estimate cannot
    // read the argument. The 15 analytics aliases beside it would cost 15 computations.
    const query = `query($id: ID = "seoul") { partnersSharingOrganizations(cityId: $id) { sharedCount } ${METRICS(15).slice(1, -1)} }`;
    const refused = await post(server, query, undefined, { id: null });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/cost cannot be estimated with these variables: .*cityId/), extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    // With the default, the same operation is costed (and refused for its 15 computations).
    const costed = await post(server, query);
    expect(costed.body.errors![0].extensions.cost).toBeGreaterThanOrEqual(15 * ANALYTICS_FIELD_COST);
  });
});

describe('costs from a graph with a hub', () => {
  let server: TestServer;
  /** A hub city with 400 partners, each of which has four more partners among them. */
  const addHub = async (store: GraphStore) => {
    const ids = Array.from({ length: 400 }, (_, i) => `hub-partner-${i}`);
    const cities = [{ id: 'hub', name: 'Hub' }, ...ids.map((id) => ({ id, name: id }))].map((c) => ({ ...c, kind: 'CITY', nation: 'KR', source: 't', nationSource: 't' }));
    await store.run('city/upsert-cities', { rows: cities, updatedAt: null });
    const rows = ids.flatMap((id, i) => [
      { cityA: 'hub', cityB: id, tier: 'SISTER', since: null, source: 't' },
      { cityA: id, cityB: ids[(i + 1) % ids.length], tier: 'FRIENDSHIP', since: null, source: 't' },
      { cityA: id, cityB: ids[(i + 2) % ids.length], tier: 'FRIENDSHIP', since: null, source: 't' },
    ]);
    await store.run('city/merge-partnerships', { rows, updatedAt: null });
  };
  beforeAll(async () => {
    server = await startTestServer({ beforeStart: addHub });
  }, SLOW_ENGINE_MS);
  afterAll(() => server.close());

  test("the hub's partners' partners' partners are refused, with a message naming the limit", async () => {
    const { status, body } = await post(server, HUB('hub'));
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/Query cost limit of 20000 exceeded: this operation is estimated at \d+/);
    expect(body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20000 });
  });

  test("the same shape from one of the hub's partners is accepted: a list is sized by the degree of the node the query names", async () => {
    // hub-partner-0 has 5 partners; sized as the hub (400), the outer list alone would price the shape at 24,801.
    const { status, body } = await post(server, HUB('hub-partner-0'));
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(body.data.city.partners).toHaveLength(5);
    // The node named through a variable, as clients do: the same decision for the same node.
    const shape = `query($id: ID!) ${HUB('$id').replace('"$id"', '$id')}`;
    expect((await post(server, shape, undefined, { id: 'hub-partner-0' })).status).toBe(200);
    expect((await post(server, shape, undefined, { id: 'hub' })).body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  test('an estimate kept for a document is not reused for other page sizes, skipped fields or variables that do not fit', async () => {
    // The cost plugin keeps one estimate per document and key (src/server/cost.ts): the variables that size lists or
    // skip fields are part of the key, the others are not, and variables of the wrong type are refused every time.
    const pages = `query($first: Int) { cities(first: $first) { edges { node { partners { city { partners { city { partners { city { id } } } } } } } } } }`;
    const code = async (variables: Record<string, unknown>) => {
      const { status, body } = await post(server, pages, undefined, variables);
      return [status, body.errors?.[0]?.extensions?.code ?? 'ok'];
    };
    expect(await code({ first: 1 })).toEqual([200, 'ok']);
    expect(await code({ first: 'many' })).toEqual([400, 'BAD_USER_INPUT']);
    // 1 + 100 × 313: three levels of partners at the 95th percentile (5) under each city of the page.
    expect(await code({ first: 100 })).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(await code({ first: 'many' })).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code({ first: 1 })).toEqual([200, 'ok']);
    const deep = `query($id: ID!, $deep: Boolean!) { city(id: $id) { partners { city { partners { city { partners @include(if: $deep) { city { id } } } } } } } }`;
    const answer = async (variables: Record<string, unknown>) => (await post(server, deep, undefined, variables)).status;
    expect(await answer({ id: 'hub', deep: false })).toBe(200);
    expect(await answer({ id: 'hub', deep: true })).toBe(400);
    expect(await answer({ id: 'hub-partner-0', deep: true })).toBe(200);
    expect(await answer({ id: 'hub', deep: false })).toBe(200);
    // A variable that neither sizes nor anchors anything, of the wrong type: refused as such, not with the estimate
    // kept for the same key.
    const tiers = `query($deep: Boolean!, $tier: PartnerTier) { city(id: "hub") { partners(tier: $tier) { city { partners { city { partners @include(if: $deep) { city { id } } } } } } } }`;
    const refusal = async (variables: Record<string, unknown>) => (await post(server, tiers, undefined, variables)).body.errors?.[0]?.extensions?.code;
    expect(await refusal({ deep: true, tier: 'SISTER' })).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await refusal({ deep: true, tier: 'NO_SUCH_TIER' })).toBe('BAD_USER_INPUT');
  });

  test('the same shape two levels deep is accepted', async () => {
    const { body } = await post(server, `{ city(id: "hub") { partners { city { partners { city { id } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.city.partners).toHaveLength(400);
  });
});

describe('costs of neighbourhoods on a network with hub organizations', () => {
  let server: TestServer;
  const city = (i: number) => `city-${String(i).padStart(5, '0')}`;
  beforeAll(async () => {
    // bench:load's network at a fifth of its size: 2,000 cities, 20,000 relationships, organizations of up to ~1,000 members.
    const spec = { seed: 11, nations: 30, cities: 2_000, organizations: 60, relationships: 20_000, hostings: 200, sisterShare: 0.4 };
    server = await startTestServer({ requestTimeoutMs: SLOW_ENGINE_MS, beforeStart: (store) => loadSynthetic(store, generateSynthetic(spec)) });
  }, SLOW_ENGINE_MS);
  afterAll(() => server.close());

  test('fifteen aliased neighbourhoods of depth 3 and 1,000 nodes are refused, with a message naming the limit', async () => {
    const { status, body } = await post(server, NEIGHBORHOODS(15, city, 'depth: 3, limit: 1000'));
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/Query cost limit of 20000 exceeded: this operation is estimated at \d+ .*relationships a neighbourhood can read/);
    expect(body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20000 });
    // Their answers alone would have cost 15 × 1,051: the relationships they read are what is over the limit.
    expect(body.errors![0].extensions.cost).toBeGreaterThan(3 * 20000);
  });

  test('one of them, and an ordinary neighbourhood (depth 2, default limit), are accepted and answered', async () => {
    const one = await post(server, NEIGHBORHOODS(1, city, 'depth: 3, limit: 1000'));
    expect([one.status, one.body.errors]).toEqual([200, undefined]);
    expect(one.body.data.n0).toMatchObject({ truncated: true, nodes: expect.any(Array) });
    expect(one.body.data.n0.nodes).toHaveLength(1000);
    const ordinary = await post(server, NEIGHBORHOODS(1, city, 'depth: 2'));
    expect([ordinary.status, ordinary.body.errors]).toEqual([200, undefined]);
    expect(ordinary.body.data.n0.nodes).toHaveLength(200);
  }, SLOW_ENGINE_MS);

  test('a depth given as a variable prices each request: the estimate kept for a shallow one does not stand in for a deep one', async () => {
    const around = `query($depth: Int!) { ${Array.from({ length: 10 }, (_, i) => `n${i}: neighborhood(id: "${city(i)}", depth: $depth, limit: 1000) { nodes { id } }`).join(' ')} }`;
    const code = async (depth: number) => (await post(server, around, undefined, { depth })).body.errors?.[0]?.extensions?.code ?? 'ok';
    expect(await code(1)).toBe('ok');
    expect(await code(3)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await code(1)).toBe('ok');
  }, SLOW_ENGINE_MS);
});

describe('deadline and disconnect', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Computations that run until cancelled: the pool's one worker takes a task and never answers.
    server = await startTestServer({ requestTimeoutMs: 500, analytics: { pool: new WorkerPool(1, path.join(__dirname, '../support/stalled-analytics-worker.ts')) } });
  }, SLOW_ENGINE_MS);
  afterAll(() => server.close());

  test('past its deadline a query gets TIMEOUT, and the computation it waited for is dropped', async () => {
    const analytics = analyticsFor(server.store);
    const blocker = new AbortController();
    const blocking = analytics.metrics(['SISTER_OF', 'MEMBER_OF'], { signal: blocker.signal }).catch(() => undefined);
    await eventually(() => analytics.load.workersBusy === 1);
    const started = Date.now();
    const { body } = await post(server, METRICS(1));
    expect(body.errors![0].extensions.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
    await eventually(() => analytics.load.queued === 0);
    blocker.abort();
    await blocking;
    await eventually(() => analytics.load.workersBusy === 0);
  });

  test('a client that leaves cancels the computation it waited for', async () => {
    const analytics = analyticsFor(server.store);
    const blocker = new AbortController();
    const blocking = analytics.metrics(['SISTER_OF', 'HOSTS'], { signal: blocker.signal }).catch(() => undefined);
    await eventually(() => analytics.load.workersBusy === 1);
    const client = new AbortController();
    const request = post(server, `{ networkMetrics(via: [HOSTS]) { nodeCount } }`, client.signal).catch((error: Error) => error);
    await eventually(() => analytics.load.queued === 1);
    client.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    await eventually(() => analytics.load.queued === 0);
    blocker.abort();
    await blocking;
  });
});
