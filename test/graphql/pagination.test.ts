// Keyset cursors: a page boundary is a (name, id) position, so rows inserted before it do not shift later pages.
import { createHarness, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeEach(async () => {
  api = await createHarness();
});
afterEach(() => api.close());

const page = `query ($after: String) { cities(first: 5, after: $after) { edges { cursor node { id name } } pageInfo { endCursor } } }`;

async function insertCities(rows: { id: string; name: string }[]) {
  await api.store.transaction((tx) =>
    tx.run('city/upsert-cities', { rows: rows.map((r) => ({ ...r, kind: 'CITY', nation: 'KR', source: 'editorial', nationSource: 'editorial' })), updatedAt: null }),
  );
}

test('cities inserted before the cursor do not shift the next page; those after it appear in order', async () => {
  const first = await api.execute(page, {});
  const boundary = first.data.cities.pageInfo.endCursor;
  const lastName: string = first.data.cities.edges[4].node.name;
  const expectedNext = (await api.execute(page, { after: boundary })).data.cities.edges.map((e: any) => e.node.id);

  // "A…" sorts before every name on the first page ("Addis Ababa" is first); "Zz…" sorts after everything.
  await insertCities([
    { id: 'test-aaa', name: 'AAA Inserted' },
    { id: 'test-zzz', name: 'Zzz Inserted' },
  ]);
  const next = (await api.execute(page, { after: boundary })).data.cities.edges.map((e: any) => e.node);
  expect(next.map((c: any) => c.id)).toEqual(expectedNext);
  expect(next.every((c: any) => c.name > lastName)).toBe(true);

  // A city sorting right after the boundary shows up first on the next page: positions, not offsets.
  await insertCities([{ id: 'test-next', name: `${lastName} ` }]);
  const after = (await api.execute(page, { after: boundary })).data.cities.edges.map((e: any) => e.node.id);
  expect(after).toEqual(['test-next', ...expectedNext.slice(0, 4)]);
});

test('totalCount is counted only when a client asks for it', async () => {
  const before = await api.storeCalls();
  await api.execute('{ cities(first: 3) { edges { node { id } } } }');
  const middle = await api.storeCalls();
  expect(middle['city/count-cities'] ?? 0).toBe(before['city/count-cities'] ?? 0);
  await api.execute('{ cities(first: 3) { totalCount } }');
  const after = await api.storeCalls();
  expect(after['city/count-cities']).toBe((middle['city/count-cities'] ?? 0) + 1);
});

test('a cursor that was not issued by the API is BAD_USER_INPUT', async () => {
  const { errors } = await api.execute(page, { after: 'not-a-cursor' });
  expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(errors![0].message).toMatch(/cursor/i);
});
