// Apollo Client's possibleTypes: the committed possibleTypes.json matches the schema, and GET /possible-types.json
// serves the same, so a front end can fetch it at build time.
import fs from 'node:fs';
import path from 'node:path';
import { assertObjectType } from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { NODE_LABELS } from '../../src/model/graph';
import { possibleTypesJson } from '../../src/server/possible-types';
import { startTestServer, type TestServer } from '../support/server';

const FILE = path.join(__dirname, '../../possibleTypes.json');

test('possibleTypes.json is up to date (npm run build && node dist/scripts/print-possible-types.js after changing an interface or union)', async () => {
  expect(fs.readFileSync(FILE, 'utf8')).toBe(possibleTypesJson(await createSchema()));
});

test('GraphNode lists every node type, each of which implements it', async () => {
  const schema = await createSchema();
  const possible = JSON.parse(possibleTypesJson(schema)) as Record<string, string[]>;
  expect(possible.GraphNode).toEqual([...NODE_LABELS].sort());
  for (const name of possible.GraphNode) {
    expect(assertObjectType(schema.getType(name)).getInterfaces().map((i) => i.name)).toContain('GraphNode');
  }
});

describe('GET /possible-types.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('serves the committed file, as JSON, to any origin', async () => {
    const response = await fetch(`${server.url}/possible-types.json`, { headers: { origin: 'http://localhost:5173' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(fs.readFileSync(FILE, 'utf8'));
  });

  test('a fragment on a node type inside a GraphNode list resolves with __typename, as Apollo Client needs', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ shortestPath(from: "seoul", to: "wego") { nodes { __typename id ... on City { kind } } } }',
      }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const nodes = body.data.shortestPath.nodes as { __typename: string; kind?: string }[];
    const possible = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, string[]>;
    for (const node of nodes) expect(possible.GraphNode).toContain(node.__typename);
    expect(nodes.find((n) => n.__typename === 'City')?.kind).toBe('CITY');
  });
});
