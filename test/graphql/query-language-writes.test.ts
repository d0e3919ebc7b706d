// The query language on a graph that changes: keyset cursors stay put under inserts in both directions, `modifiedAt`
// (DateTime) filters and sorts what writes stamp, and `node(id:)` finds every type by a global id that no two nodes
// share (a write or an import that would reuse one is refused, and leaves the graph as it was).
import { seed } from '../support/seed-oracle';
import { createHarness, TOKENS, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeEach(async () => {
  api = await createHarness({ writers: true });
});
afterEach(() => api.close());

async function ok(query: string, variables?: Record<string, unknown>, token?: string) {
  const { data, errors } = await api.execute(query, variables, { token });
  expect(errors).toBeUndefined();
  return data;
}

async function insertCities(rows: { id: string; name: string; kind?: string }[], updatedAt: string | null = null) {
  await api.store.transaction((tx) =>
    tx.run('city/upsert-cities', { rows: rows.map((r) => ({ kind: 'CITY', ...r, nation: 'KR', source: 'editorial', nationSource: 'editorial' })), updatedAt }),
  );
}

test('cursors stay put when rows are inserted before them, forwards and backwards, with a sort', async () => {
  const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
    cities(sort: [{ name: DESC }], where: { kind: { eq: CITY } }, first: $first, after: $after, last: $last, before: $before) {
      edges { node { id name } } pageInfo { startCursor endCursor } } }`;
  const first = (await ok(PAGE, { first: 5 })).cities;
  const expectedNext = (await ok(PAGE, { first: 5, after: first.pageInfo.endCursor })).cities.edges.map((e: any) => e.node.id);
  const lastPage = (await ok(PAGE, { last: 5 })).cities;
  const expectedPrevious = (await ok(PAGE, { last: 5, before: lastPage.pageInfo.startCursor })).cities.edges.map((e: any) => e.node.id);

  // "Zzz" sorts first in this descending order (before the forward boundary), "AAA" last (after the backward one).
  await insertCities([
    { id: 'test-zzz', name: 'Zzz Inserted' },
    { id: 'test-aaa', name: 'AAA Inserted' },
  ]);
  expect((await ok(PAGE, { first: 5, after: first.pageInfo.endCursor })).cities.edges.map((e: any) => e.node.id)).toEqual(expectedNext);
  expect((await ok(PAGE, { last: 5, before: lastPage.pageInfo.startCursor })).cities.edges.map((e: any) => e.node.id)).toEqual(expectedPrevious);

  // A city sorting right after the forward boundary shows up first on the next page: positions, not offsets.
  const boundaryName: string = first.edges[4].node.name;
  await insertCities([{ id: 'test-next', name: boundaryName.slice(0, -1) }]);
  const after = (await ok(PAGE, { first: 5, after: first.pageInfo.endCursor })).cities.edges.map((e: any) => e.node.id);
  expect(after).toEqual(['test-next', ...expectedNext.slice(0, 4)]);
});

test('modifiedAt is a DateTime beside the deprecated updatedAt String, and filters and sorts by time', async () => {
  await insertCities([{ id: 'test-early', name: 'Early' }], '2024-01-01T00:00:00.000Z');
  await insertCities([{ id: 'test-late', name: 'Late' }], '2025-06-30T12:00:00.000Z');
  // As a client gets it over HTTP (in process, graphql-scalars' DateTime serialises to a Date object).
  const data = JSON.parse(JSON.stringify(await ok(`{
    after: cities(where: { modifiedAt: { gt: "2024-06-01T00:00:00Z" } }) { edges { node { id modifiedAt updatedAt } } }
    before: cities(where: { modifiedAt: { lte: "2024-01-01T00:00:00Z" } }) { edges { node { id } } }
    stamped: cities(where: { modifiedAt: { gte: "2000-01-01T00:00:00+09:00" } }, sort: [{ modifiedAt: DESC }]) { edges { node { id } } }
    newestFirst: cities(sort: [{ modifiedAt: DESC }], first: 3) { edges { node { id modifiedAt } } } }`)));
  expect(data.after.edges).toEqual([{ node: { id: 'test-late', modifiedAt: '2025-06-30T12:00:00.000Z', updatedAt: '2025-06-30T12:00:00.000Z' } }]);
  expect(data.before.edges).toEqual([{ node: { id: 'test-early' } }]);
  expect(data.stamped.edges.map((e: any) => e.node.id)).toEqual(['test-late', 'test-early']);
  // Seeded cities have no modifiedAt: they sort after the stamped ones, whichever the direction.
  expect(data.newestFirst.edges.map((e: any) => e.node.id)).toEqual(['test-late', 'test-early', expect.any(String)]);
  expect(data.newestFirst.edges[2].node.modifiedAt).toBeNull();
  const { errors } = await api.execute(`{ cities(where: { modifiedAt: { gt: "yesterday" } }) { totalCount } }`);
  expect(errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
});

describe('node(id:): one global id per node, unique across types', () => {
  test('every type is found by its id; unknown ids give null; nodes keeps the order asked', async () => {
    const samples = [
      { id: seed.cities[3].id, type: 'City' },
      { id: seed.nations[5].code, type: 'Nation' },
      { id: seed.organizations[7].id, type: 'Organization' },
      { id: seed.officials[1].id, type: 'Official' },
    ];
    for (const s of samples) {
      const data = await ok(`query ($id: ID!) { node(id: $id) { __typename id ... on GraphNode { name } } }`, { id: s.id });
      expect(data.node).toMatchObject({ __typename: s.type, id: s.id });
    }
    const data = await ok(`{ node(id: "atlantis") { id } nodes(ids: ["wego", "atlantis", "KR", "seoul"]) { __typename id } }`);
    expect(data.node).toBeNull();
    expect(data.nodes).toEqual([{ __typename: 'Organization', id: 'wego' }, null, { __typename: 'Nation', id: 'KR' }, { __typename: 'City', id: 'seoul' }]);
  });

  test("a write or an import reusing another type's id is refused and changes nothing", async () => {
    const counts = await api.store.counts();
    const org = await api.execute(`mutation { upsertOrganization(input: { id: "seoul", name: "Seoul Org", source: "s" }) { id } }`, undefined, { token: TOKENS.editor });
    expect(org.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(org.errors?.[0].message).toMatch(/id "seoul" is already the id of a City/);
    const official = await api.execute(`mutation { upsertOfficial(input: { id: "wego", name: "W", title: "T", source: "s" }) { id } }`, undefined, { token: TOKENS.editor });
    expect(official.errors?.[0].message).toMatch(/id "wego" is already the id of an Organization/);

    const imported = await api.execute(
      `mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied } }`,
      { input: { organizations: [{ id: 'new-twin', name: 'Twin', source: 's' }], officials: [{ id: 'new-twin', name: 'Twin', title: 'T', source: 's' }] } },
      { token: TOKENS.admin },
    );
    expect(imported.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(imported.errors?.[0].message).toMatch(/new-twin" is already the id of an Organization/);
    expect(await api.store.counts()).toEqual(counts);
    // Updating a node under its own id is no clash.
    await ok(`mutation { upsertOrganization(input: { id: "wego", name: "WeGO", source: "s" }) { id } }`, undefined, TOKENS.editor);
  });
});
