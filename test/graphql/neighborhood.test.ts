// neighborhood on the seeded graph (embedded engine), against an ego graph computed from seed/graph.json in plain JS:
// nodes by distance, the relationships they induce, relationship-type filters, the size cap and `truncated`.
import { createHarness, type GraphQLHarness } from '../support/graphql';
import { ALL_TYPES, seedEdges, seedNodes } from '../support/seed-oracle';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

const codeOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.code;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ego graph: nodes within `depth` hops (nearest first, then by id), cut at `limit`, and the edges they induce. */
function egoGraph(centre: string, depth: number, types: readonly string[] = ALL_TYPES, limit = Infinity) {
  const edges = seedEdges().filter((e) => types.includes(e.type));
  const neighbours = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
    if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const order = [centre];
  const seen = new Set(order);
  let frontier = [centre];
  for (let d = 1; d <= depth; d += 1) {
    const next = [...new Set(frontier.flatMap((n) => [...(neighbours.get(n) ?? [])]))].filter((n) => !seen.has(n)).sort(byId);
    next.forEach((n) => seen.add(n));
    order.push(...next);
    frontier = next;
  }
  const nodes = order.slice(0, limit);
  const kept = new Set(nodes);
  const relationships = edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .map((e) => `${e.type} ${e.source} ${e.target}`)
    .sort(byId);
  return { nodes, relationships, truncated: order.length > limit };
}

const query = `query ($id: ID!, $depth: Int, $via: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, via: $via, limit: $limit) {
    truncated nodes { id __typename } relationships { type source target directed properties { source } } } }`;

async function fetchNeighborhood(variables: Record<string, unknown>) {
  const { data, errors } = await api.execute(query, variables);
  expect(errors).toBeUndefined();
  const subgraph = data.neighborhood;
  return {
    nodes: subgraph.nodes.map((n: any) => n.id) as string[],
    relationships: subgraph.relationships.map((r: any) => `${r.type} ${r.source} ${r.target}`) as string[],
    truncated: subgraph.truncated as boolean,
    raw: subgraph,
  };
}

describe('neighborhood', () => {
  test.each([
    ['seoul', 1, undefined],
    ['seoul', 2, undefined],
    ['wego', 2, undefined],
    ['KR', 3, undefined],
    ['kyong-yul-lee', 3, undefined],
    ['paris', 2, ['SISTER_OF']],
    ['paris', 3, ['MEMBER_OF']],
    ['ambassador-of-canada-to-korea', 3, ['MET_WITH', 'HOLDS_OFFICE', 'HOSTS']],
  ] as [string, number, string[] | undefined][])('%s, depth %d, via %j: the ego graph of the seed', async (id, depth, via) => {
    const got = await fetchNeighborhood({ id, depth, via, limit: 1000 });
    const expected = egoGraph(id, depth, via);
    expect(got.nodes[0]).toBe(id);
    expect(got.nodes).toEqual(expected.nodes);
    // Ordered by type, source, target; each relationship once.
    expect(got.relationships).toEqual(expected.relationships);
    expect(got.truncated).toBe(false);
  });

  test("Seoul's first ring: its 57 partners, its nation and its organizations, and the relationships among them", async () => {
    const got = await fetchNeighborhood({ id: 'seoul' });
    const nodeTypes = new Map(seedNodes().map((n) => [n.id, n.label]));
    expect(got.raw.nodes.every((n: any) => n.__typename === nodeTypes.get(n.id))).toBe(true);
    expect(got.nodes.filter((id) => nodeTypes.get(id) === 'City')).toHaveLength(58);
    expect(got.nodes).toContain('KR');
    // Partnerships are undirected; memberships are not.
    const sister = got.raw.relationships.find((r: any) => r.type === 'SISTER_OF');
    expect(sister.directed).toBe(false);
    expect(got.raw.relationships.find((r: any) => r.type === 'MEMBER_OF').directed).toBe(true);
    // Relationships among the partners themselves are in the subgraph too (cities located in Korea, say).
    expect(got.relationships.length).toBe(egoGraph('seoul', 1).relationships.length);
  });

  test('the limit keeps the nearest nodes first and sets truncated; relationships only among the kept nodes', async () => {
    const full = egoGraph('seoul', 2);
    for (const limit of [1, 10, 60, full.nodes.length - 1]) {
      const got = await fetchNeighborhood({ id: 'seoul', depth: 2, limit });
      const expected = egoGraph('seoul', 2, ALL_TYPES, limit);
      expect(got.nodes).toHaveLength(limit);
      expect(got.nodes).toEqual(expected.nodes);
      expect(got.relationships).toEqual(expected.relationships);
      expect(got.truncated).toBe(true);
    }
  });

  test('not truncated when the neighbourhood fits the limit exactly', async () => {
    const full = egoGraph('wego', 2);
    const got = await fetchNeighborhood({ id: 'wego', depth: 2, limit: full.nodes.length });
    expect(got.nodes).toEqual(full.nodes);
    expect(got.truncated).toBe(false);
    // One fewer is cut, even though the depth was reached.
    expect((await fetchNeighborhood({ id: 'wego', depth: 2, limit: full.nodes.length - 1 })).truncated).toBe(true);
  });

  test('a node with no relationships of the types asked: itself alone', async () => {
    const got = await fetchNeighborhood({ id: 'kyong-yul-lee', via: ['SISTER_OF'] });
    expect(got).toEqual(expect.objectContaining({ nodes: ['kyong-yul-lee'], relationships: [], truncated: false }));
  });

  test.each([
    ['depth above the cap', { id: 'seoul', depth: 4 }, /depth must be at most 3/],
    ['depth below 1', { id: 'seoul', depth: 0 }, /depth must be at least 1/],
    ['limit above the cap', { id: 'seoul', limit: 1001 }, /limit must be at most 1000/],
    ['limit below 1', { id: 'seoul', limit: 0 }, /limit must be at least 1/],
    ['an empty via', { id: 'seoul', via: [] }, /via must list at least one relationship type/],
  ])('%s is BAD_USER_INPUT naming the cap', async (_what, variables, message) => {
    const result = await api.execute(query, variables);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  });

  test('an unknown centre is NOT_FOUND naming the id', async () => {
    const result = await api.execute(query, { id: 'atlantis' });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.errors![0].message).toMatch(/"atlantis"/);
    expect(result.data).toEqual({ neighborhood: null });
  });

  test('costs two queries per hop (the level, then its labels), one for the relationships and one per node type, whatever the size', async () => {
    const before = await api.storeCalls();
    const { data, errors } = await api.execute(`{ neighborhood(id: "seoul", depth: 3) {
      nodes { id ... on City { nation { name } } ... on Organization { acronym } ... on Official { title } } relationships { type } } }`);
    expect(errors).toBeUndefined();
    expect(data.neighborhood.nodes.length).toBeGreaterThan(100);
    const after = await api.storeCalls();
    const calls = Object.fromEntries(Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0));
    expect(calls).toEqual({
      // The centre, then the labels of each level that added nodes, once it is cut (the third adds none: the
      // default limit of 200 is reached at the second).
      'traversal/find-nodes-by-ids': 3,
      'traversal/expand-frontier-nodes': 3,
      'traversal/get-relationships-among-nodes': 1,
      'city/get-cities-by-ids': 1,
      'nation/get-nations-by-codes': expect.any(Number),
      'organization/get-organizations-by-ids': 1,
      'official/get-officials-by-ids': 1,
      // One per report label (policy projects, rankings, events, stated figures: all within three hops of Seoul).
      'report/get-report-nodes-by-ids': 4,
    });
    expect(calls['nation/get-nations-by-codes']).toBeLessThanOrEqual(2);
  });
});
