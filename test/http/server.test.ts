// The real HTTP server on a seeded store of the test engine: health, metrics, operation limits, GraphiQL's page.
import { getIntrospectionQuery } from 'graphql';
import { readSeed } from '../../src/seed/seed';
import { OPERATION_LIMITS } from '../../src/server/app';
import { FLAGSHIP_QUERY } from '../../src/server/flagship-query';
import { testStoreConfig } from '../support/engine';
import { startTestServer, type TestServer } from '../support/server';
import { reportSeed } from '../support/report-seed';

const seed = readSeed();
const ENGINE = testStoreConfig().engine;
const report = reportSeed(seed);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function post(body: unknown) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('GET /health', () => {
  test('reports the engine and the seeded graph, counted by label and type', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as any;
    expect(health).toMatchObject({ status: 'ready', engine: ENGINE });
    expect(health.nodesByLabel).toEqual({
      City: seed.cities.length,
      Nation: seed.nations.length,
      Organization: seed.organizations.length,
      Official: seed.officials.length,
      PolicyProject: report.policyProjects.length,
      Ranking: report.rankings.length,
      Event: report.events.length,
      StatedFigure: report.statedFigures.length,
    });
    expect(health.relationshipsByType).toEqual({
      SISTER_OF: seed.partnerships.length,
      LOCATED_IN: seed.cities.length,
      MEMBER_OF: seed.memberships.length,
      HOSTS: seed.hostings.length,
      MET_WITH: seed.meetings.length,
      HOLDS_OFFICE: seed.offices.length,
      SHARES: report.policyShares.length,
      RECEIVES: report.policyRecipients.length,
      RANKED: report.cityRankings.length,
      HELD_IN: report.eventVenues.length,
      ORGANIZED_BY: report.eventOrganizers.length,
      PART_OF: report.eventParts.length,
      DISCUSSED: report.meetingMentions.length,
      ABOUT: report.figureSubjects.length,
    });
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(health.nodes).toBe(total(health.nodesByLabel));
    expect(health.relationships).toBe(total(health.relationshipsByType));
  });
});

describe('GET /metrics', () => {
  test('counts store queries by name and engine, beside the process metrics', async () => {
    await post({ query: '{ city(id: "seoul") { name } }' });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('graph_store_queries_total{') && l.includes('query="city/get-cities-by-ids"'));
    expect(line).toContain(`engine="${ENGINE}"`);
    expect(Number(line!.split(' ').pop())).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
  });
});

describe('operation limits', () => {
  test('a query nested deeper than the limit is refused with HTTP 400 naming the depth limit', async () => {
    let selection = 'id';
    for (let i = 0; i < OPERATION_LIMITS.maxDepth; i += 1) selection = `partners { city { ${selection} } }`;
    const { status, body } = await post({ query: `{ city(id: "seoul") { ${selection} } }` });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    // Deep nesting also multiplies the cost: whichever rule reports first, the depth limit is named.
    const messages = body.errors!.map((e) => e.message);
    expect(messages.some((m) => /depth/i.test(m) && m.includes(String(OPERATION_LIMITS.maxDepth)))).toBe(true);
  });

  test('too many aliases are refused with HTTP 400 naming the alias limit', async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: city(id: "seoul") { id }`);
    const { status, body } = await post({ query: `{ ${aliases.join(' ')} }` });
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/alias/i);
    expect(body.errors![0].message).toContain(String(OPERATION_LIMITS.maxAliases));
  });

  test('an operation over the token limit is refused with HTTP 400 naming the token limit', async () => {
    const fields = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'id').join(' ');
    const { status, body } = await post({ query: `{ city(id: "seoul") { ${fields} } }` });
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/token/i);
    expect(body.errors![0].message).toContain(String(OPERATION_LIMITS.maxTokens));
  });

  test('an operation costing more than the limit is refused with HTTP 400 naming the cost limit', async () => {
    // List sizes come from the graph's degrees (src/server/cost.ts); a `limit` is taken at its word.
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: neighborhood(id: "seoul", depth: 3, limit: 1000) { nodes { id name } }`).join(' ')} }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`cost limit of ${OPERATION_LIMITS.maxCost}`, 'i'))]);
  });

  test('a page larger than 100 is BAD_USER_INPUT and reads nothing', async () => {
    const { body } = await post({ query: '{ cities(first: 101) { edges { node { id } } } }' });
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/100/);
    expect(body.data?.cities ?? null).toBeNull();
  });

  test('the flagship query and a two-level walk over all partners are within the limits, and so is introspection', async () => {
    const flagship = await post({ query: FLAGSHIP_QUERY });
    expect(flagship.status).toBe(200);
    expect(flagship.body.errors).toBeUndefined();
    const { status, body } = await post({
      query: `{ city(id: "seoul") { partners { tier city { name nation { name } memberships { since organization { name } }
        partners { city { name nation { code } } } } } } }`,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.city.partners).toHaveLength(seed.partnerships.filter((p) => p.cityA === 'seoul' || p.cityB === 'seoul').length);
    const introspection = await post({ query: getIntrospectionQuery() });
    expect(introspection.status).toBe(200);
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('GET /graphql from a browser', () => {
  test('serves GraphiQL with every asset from this server and the flagship query preloaded', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const served = await fetch(new URL(asset, `${server.url}/graphql`));
      expect(served.status).toBe(200);
    }
  });
});
