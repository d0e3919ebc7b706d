// The client kit for front-end teams: examples/client (urql with its defaults and GraphQL Code Generator's typed
// documents) is generated from the committed schema, type-checks, and works against the running server.
// It is a package of its own (front-end dependencies stay out of the server's); `.ci/run` installs it with
// `npm ci --prefix examples/client`. Without that install the tests are skipped, saying so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readSeed } from '../../src/seed/seed';
import { startTestServer, type TestServer } from '../support/server';

const CLIENT = path.join(__dirname, '../../examples/client');
const bin = (name: string) => path.join(CLIENT, 'node_modules/.bin', name);
const installed = fs.existsSync(bin('graphql-codegen')) && fs.existsSync(bin('tsc'));
if (!installed) {
  process.stderr.write('client-kit.test: skipping, examples/client is not installed (npm ci --prefix examples/client; .ci/run does it)\n');
}
const kitTest = installed ? test : test.skip;

/** What the tests use of examples/client/src/client.ts. */
interface DiplomacyClient {
  partnersSharingOrganizations(cityId: string, minShared?: number): Promise<{ sharedCount: number; partner: { id: string }; organizations: unknown[] }[]>;
  shortestPath(from: string, to: string): Promise<{ length: number; nodes: ({ __typename: string } & Record<string, unknown>)[] } | null>;
  allCities(nation?: string, pageSize?: number): Promise<{ id: string; name: string }[]>;
}

/** What the tests use of examples/client/src/apollo.ts. */
interface ApolloKit {
  PATH_WITH_FRAGMENT: unknown;
  createApolloClient(url: string, options: { withPossibleTypes: boolean }): {
    query(options: { query: unknown; variables: Record<string, unknown> }): Promise<{ data?: { shortestPath: { nodes: Record<string, unknown>[] } } }>;
  };
}
const seed = readSeed();

kitTest('the committed typed documents are what codegen writes from the committed schema', () => {
  // --check: exit status 1, writing nothing, when a generated file would change.
  expect(() => execFileSync(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check'], { cwd: CLIENT, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
});

kitTest('the client type-checks against the generated types (strict)', () => {
  expect(() => execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: CLIENT, encoding: 'utf8' })).not.toThrow();
});

describe('against the running server, with urql defaults (queries as GET)', () => {
  let server: TestServer;
  beforeAll(async () => {
    if (installed) server = await startTestServer();
  });
  afterAll(() => server?.close());

  // Loaded lazily, and typed here rather than by `import()` types: the module needs the example's own node_modules,
  // which a clone without `npm ci --prefix examples/client` does not have (this file must still compile there).
  const client = () => (require('../../examples/client/src/client') as { createDiplomacyClient(url: string): DiplomacyClient }).createDiplomacyClient(`${server.url}/graphql`);

  kitTest('the flagship query, typed', async () => {
    const partners = await client().partnersSharingOrganizations('seoul', 2);
    expect(partners.map((p) => p.partner.id)).toContain('berlin');
    expect(partners.every((p) => p.sharedCount >= 2 && p.organizations.length === p.sharedCount)).toBe(true);
  });

  kitTest('a path across node types: type-specific fields through inline fragments', async () => {
    const path = await client().shortestPath('seoul', 'wego');
    expect(path?.length).toBe(1);
    const [seoul, wego] = path!.nodes;
    expect(seoul.__typename === 'City' && seoul.kind).toBe('CITY');
    expect(wego.__typename === 'Organization' && wego.acronym).toBe('WeGO');
  });

  kitTest('every city of a nation, page by page through the cursors', async () => {
    const chinese = seed.cities.filter((c) => c.nation === 'CN').map((c) => c.id).sort();
    expect(chinese.length).toBeGreaterThan(3);
    expect((await client().allCities('CN', 2)).map((c) => c.id).sort()).toEqual(chinese);
  });

  kitTest('Apollo Client: a named fragment on GraphNode gets its type-specific fields with possibleTypes, none without', async () => {
    const apollo = require('../../examples/client/src/apollo') as ApolloKit;
    const path = async (withPossibleTypes: boolean) => {
      const client = apollo.createApolloClient(`${server.url}/graphql`, { withPossibleTypes });
      const { data } = await client.query({ query: apollo.PATH_WITH_FRAGMENT, variables: { from: 'seoul', to: 'wego' } });
      return data!.shortestPath.nodes;
    };
    const wego = seed.organizations.find((o) => o.id === 'wego')!;
    expect(await path(true)).toEqual([
      { __typename: 'City', id: 'seoul', name: 'Seoul', kind: 'CITY' },
      { __typename: 'Organization', id: 'wego', name: wego.name, acronym: wego.acronym },
    ]);
    // What the issue saw: without possibleTypes the cache cannot tell a City is a GraphNode, and drops the fields.
    const [seoul] = await path(false);
    expect(seoul).not.toHaveProperty('kind');
  });

  kitTest('API errors keep their code', async () => {
    await expect(client().shortestPath('seoul', 'atlantis')).rejects.toMatchObject({ name: 'ApiError', code: 'NOT_FOUND' });
  });
});
