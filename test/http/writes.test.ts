// Writes over HTTP: the Authorization header, the start-up line that says whether the server takes writes, and the
// request body limit (small for anonymous requests, large enough for an import for writers).
import { Writable } from 'node:stream';
import pino from 'pino';
import { Authenticator } from '../../src/auth/authenticator';
import { parseAuth } from '../../src/config';
import { startTestServer, type TestServer } from '../support/server';
import { TEST_API_TOKENS, TOKENS } from '../support/graphql';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) });
  return { lines, logger: pino({ level: 'info' }, sink) };
}

async function post(server: TestServer, body: unknown, token?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : text) as any };
}

const UPSERT = `mutation ($input: NationInput!) { upsertNation(input: $input) { code name } }`;

describe('a server with API tokens', () => {
  let server: TestServer;
  const log = capture();
  beforeAll(async () => {
    server = await startTestServer({ authenticator: Authenticator.fromConfig(parseAuth({ API_TOKENS: TEST_API_TOKENS })), logger: log.logger });
  });
  afterAll(() => server.close());

  test('logs which credentials it accepts (names and roles, never tokens)', () => {
    const line = log.lines.map((l) => JSON.parse(l)).find((l) => /writes accepted/.test(l.msg));
    expect(line.apiTokens).toEqual(['alice (editor)', 'ops (admin)']);
    expect(log.lines.join('')).not.toContain(TOKENS.editor);
  });

  test('a mutation with a Bearer token is accepted; without one it is UNAUTHENTICATED', async () => {
    const accepted = await post(server, { query: UPSERT, variables: { input: { code: 'MT', name: 'Malta', source: 's' } } }, TOKENS.editor);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ data: { upsertNation: { code: 'MT', name: 'Malta' } } });
    const anonymous = await post(server, { query: UPSERT, variables: { input: { code: 'MT', name: 'Malta!', source: 's' } } });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('anonymous bodies are capped at 100 kB; a writer may send more (an import)', async () => {
    const big = { query: UPSERT, variables: { input: { code: 'MT', name: 'Malta', source: 's', padding: 'x'.repeat(150_000) } } };
    expect((await post(server, big)).status).toBe(413);
    // Past the body limit, the request reaches GraphQL (which refuses the unknown field).
    const writer = await post(server, big, TOKENS.editor);
    expect(writer.status).toBe(400);
    expect(writer.body.errors[0].message).toMatch(/padding/);
  });

  test('variables that do not fit their types are a 400 BAD_USER_INPUT naming the problem, not an internal error', async () => {
    const query = `mutation ($input: CityInput!) { upsertCity(input: $input) { id } }`;
    const { status, body } = await post(server, { query, variables: { input: { id: 'x', name: 'X', kind: 'VILLAGE', nation: 'FR', source: 's' } } }, TOKENS.editor);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/VILLAGE/);
  });
});

test('a server without credentials says in its log that it is read-only, and refuses writes', async () => {
  const log = capture();
  const server = await startTestServer({ logger: log.logger });
  try {
    const line = log.lines.map((l) => JSON.parse(l)).find((l) => /read-only/.test(l.msg));
    expect(line).toMatchObject({ level: 40 });
    const { body } = await post(server, { query: UPSERT, variables: { input: { code: 'MT', name: 'Malta', source: 's' } } }, TOKENS.admin);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await post(server, { query: '{ nation(code: "KR") { name } }' })).body.data.nation.name).toBe('Republic of Korea');
  } finally {
    await server.close();
  }
});
