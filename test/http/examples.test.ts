// The examples in examples/ run against a real server: the NetworkX script prints the API's own ranking, and the
// TypeScript client fetches the flagship traversal (and the neighbourhood, once that query exists).
import path from 'node:path';
import { graphql, neighborhood, partnersSharingOrganizations } from '../../examples/fetch-subgraph';
import { networkxPython, runPythonAsync } from '../support/python';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('examples/networkx_betweenness.py', () => {
  const python = networkxPython();
  const live = python ? test : test.skip;

  live.each([
    ['every relationship type', undefined],
    ['SISTER_OF,MEMBER_OF', 'SISTER_OF,MEMBER_OF'],
  ])('prints the top cities networkMetrics ranks by betweenness (via %s)', async (_title, via) => {
    const script = path.join(__dirname, '../../examples/networkx_betweenness.py');
    const output = await runPythonAsync(python!, [script, server.url, '--top', '8', ...(via ? ['--via', via] : [])]);
    const printed = [...output.matchAll(/^\s*\d+\. .+ \(([^)]+)\)\s+([\d.]+)$/gm)].map((m) => [m[1], Number(m[2])]);
    const { data } = await graphql<any>(server.url, `query ($via: [RelationshipType!]) { networkMetrics(via: $via, top: 8, label: CITY) { nodeCount edgeCount byBetweenness { id betweenness } } }`, {
      via: via?.split(','),
    });
    const m = data.networkMetrics;
    expect(output).toContain(`${m.nodeCount} nodes, ${m.edgeCount} edges`);
    expect(printed.map(([id]) => id)).toEqual(m.byBetweenness.map((n: any) => n.id));
    printed.forEach(([, value], i) => expect(value).toBeCloseTo(m.byBetweenness[i].betweenness, 6));
  });
});

describe('examples/fetch-subgraph.ts', () => {
  test('fetches the flagship traversal', async () => {
    const { data, errors } = await partnersSharingOrganizations(server.url, 'seoul');
    expect(errors).toBeUndefined();
    const berlin = data!.partnersSharingOrganizations.find((r) => r.partner.id === 'berlin')!;
    expect(berlin.organizations.map((o) => o.id).sort()).toEqual(['iclei', 'metropolis']);
  });

  test('asks for a neighbourhood in the shape the neighborhood query will have', async () => {
    const { data, errors } = await neighborhood(server.url, 'seoul', 1, ['SISTER_OF'], 100);
    // `neighborhood` is built on another branch; until it is merged the schema rejects the field.
    if (errors) expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    else expect(data!.neighborhood.nodes.map((n) => n.id)).toContain('seoul');
  });
});
