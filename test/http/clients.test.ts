// Standard GraphQL clients with their defaults against the real server: urql (which sends queries as GET when the URL
// is short enough), graphql-request with `method: 'GET'` and POST, and curl's plain GET. Each request goes over the
// network; the clients' fetch is wrapped only to record which method and headers they sent.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { Client, fetchExchange, gql } from '@urql/core';
import { startTestServer, type TestServer } from '../support/server';

// graphql-request 7 declares its types only under package.json `exports`, which this project's `moduleResolution:
// node` does not read; its CommonJS build loads fine.
interface GraphQLRequestClient {
  request<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GraphQLClient } = require('graphql-request') as {
  GraphQLClient: new (url: string, options?: { method?: 'GET' | 'POST'; fetch?: typeof fetch }) => GraphQLRequestClient;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Sent {
  method: string;
  headers: Record<string, string>;
}

/** Node's fetch, recording what each request looked like. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return (input, init) => {
    sent.push({ method: (init?.method ?? 'GET').toUpperCase(), headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return fetch(input, init);
  };
}

const CITY = gql`
  query City($id: ID!) {
    city(id: $id) {
      name
      nation {
        name
      }
    }
  }
`;

test('urql with its defaults sends the query as GET, with no CSRF header, and gets the answer', async () => {
  const sent: Sent[] = [];
  const client = new Client({ url: `${server.url}/graphql`, exchanges: [fetchExchange], fetch: recordingFetch(sent) });
  const result = await client.query(CITY, { id: 'seoul' }).toPromise();
  expect(result.error).toBeUndefined();
  expect(result.data).toEqual({ city: { name: 'Seoul', nation: { name: 'Republic of Korea' } } });
  expect(sent).toHaveLength(1);
  expect(sent[0].method).toBe('GET');
  expect(Object.keys(sent[0].headers)).not.toContain('apollo-require-preflight');
  expect(Object.keys(sent[0].headers)).not.toContain('x-apollo-operation-name');
});

test('urql: a mutation goes as POST and, without a token, is refused as UNAUTHENTICATED or FORBIDDEN', async () => {
  const sent: Sent[] = [];
  const client = new Client({ url: `${server.url}/graphql`, exchanges: [fetchExchange], fetch: recordingFetch(sent) });
  const result = await client
    .mutation(gql`mutation { upsertNation(input: { code: "MT", name: "Malta", source: "s" }) { code } }`, {})
    .toPromise();
  expect(sent[0].method).toBe('POST');
  expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(result.error?.graphQLErrors[0]?.extensions.code);
});

test('graphql-request with method GET gets the answer', async () => {
  const sent: Sent[] = [];
  const client = new GraphQLClient(`${server.url}/graphql`, { method: 'GET', fetch: recordingFetch(sent) });
  const data = await client.request<{ city: { name: string } }>(`query City($id: ID!) { city(id: $id) { name } }`, { id: 'berlin' });
  expect(data.city.name).toBe('Berlin');
  expect(sent.map((s) => s.method)).toEqual(['GET']);
});

test('graphql-request with its default POST gets the answer', async () => {
  const client = new GraphQLClient(`${server.url}/graphql`);
  const data = await client.request<{ city: { name: string } }>(`{ city(id: "seoul") { name } }`);
  expect(data.city.name).toBe('Seoul');
});

const hasCurl = spawnSync('curl', ['--version']).status === 0;
(hasCurl ? test : test.skip)('curl: a plain GET answers JSON', async () => {
  const url = `${server.url}/graphql?query=${encodeURIComponent('{ city(id: "seoul") { name } }')}`;
  // Asynchronously: the server runs in this process.
  const { stdout } = await promisify(execFile)('curl', ['-sS', '-w', '\n%{http_code} %{content_type}', url], { encoding: 'utf8' });
  const cut = stdout.lastIndexOf('\n');
  const [body, status] = [stdout.slice(0, cut), stdout.slice(cut + 1)];
  expect(status).toMatch(/^200 application\/json/);
  expect(JSON.parse(body)).toEqual({ data: { city: { name: 'Seoul' } } });
});
