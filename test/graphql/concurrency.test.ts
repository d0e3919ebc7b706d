// Concurrent writes of the same thing: one city per id, one partnership per pair, whatever the interleaving.
import { createHarness, TOKENS, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness({ writers: true });
});
afterAll(() => api.close());

const UPSERT = `mutation ($input: CityInput!) { upsertCity(input: $input) { id name } }`;
const LINK = `mutation ($input: PartnershipInput!) { linkPartners(input: $input) { id } }`;
const write = (query: string, input: Record<string, unknown>, token: string = TOKENS.editor) => api.execute(query, { input }, { token });
const codes = (results: { errors?: any[] }[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();

test('ten concurrent upsertCity of one id leave exactly one city, holding one of the written names', async () => {
  const before = await api.store.counts();
  const names = Array.from({ length: 10 }, (_, i) => `Racing City ${i}`);
  const results = await Promise.all(names.map((name) => write(UPSERT, { id: 'racing-city', name, kind: 'CITY', nation: 'FR', source: 's' })));
  expect(codes(results)).toEqual(Array(10).fill('OK'));
  const after = await api.store.counts();
  expect(after.nodes.City).toBe(before.nodes.City + 1);
  expect(after.relationships.LOCATED_IN).toBe(before.relationships.LOCATED_IN + 1);
  const { data } = await api.execute(`{ city(id: "racing-city") { name } }`);
  expect(names).toContain(data.city.name);
});

test('concurrent linkPartners of one pair, in both orders, leave one partnership: one succeeds, the others are CONFLICT', async () => {
  await write(UPSERT, { id: 'racer-a', name: 'Racer A', kind: 'CITY', nation: 'FR', source: 's' });
  await write(UPSERT, { id: 'racer-b', name: 'Racer B', kind: 'CITY', nation: 'DE', source: 's' });
  const before = await api.store.counts();
  const pairs = Array.from({ length: 8 }, (_, i) => (i % 2 ? ['racer-a', 'racer-b'] : ['racer-b', 'racer-a']));
  const results = await Promise.all(pairs.map(([cityA, cityB]) => write(LINK, { cityA, cityB, tier: 'SISTER', source: 's' })));
  expect(codes(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  const after = await api.store.counts();
  expect(after.relationships.SISTER_OF).toBe(before.relationships.SISTER_OF + 1);
  const { data } = await api.execute(`{ city(id: "racer-a") { partners { city { id } } } }`);
  expect(data.city.partners).toEqual([{ city: { id: 'racer-b' } }]);
});

test('a deletion racing a new partnership of the same city ends consistent: never a partnership with a deleted city', async () => {
  await write(UPSERT, { id: 'racer-c', name: 'Racer C', kind: 'CITY', nation: 'FR', source: 's' });
  const before = await api.store.counts();
  const [link, removal] = await Promise.all([
    write(LINK, { cityA: 'racer-c', cityB: 'paris', tier: 'FRIENDSHIP', source: 's' }),
    api.execute(`mutation { deleteCity(input: { id: "racer-c", source: "s" }) { id } }`, {}, { token: TOKENS.admin }),
  ]);
  const after = await api.store.counts();
  const outcome = [link.errors?.[0]?.extensions?.code ?? 'OK', removal.errors?.[0]?.extensions?.code ?? 'OK'];
  // Either the link came first (the deletion then refuses: CONFLICT), or the deletion did (the link: NOT_FOUND).
  expect([['OK', 'CONFLICT'], ['NOT_FOUND', 'OK']]).toContainEqual(outcome);
  if (outcome[0] === 'OK') {
    expect(after.relationships.SISTER_OF).toBe(before.relationships.SISTER_OF + 1);
    expect(after.nodes.City).toBe(before.nodes.City);
  } else {
    expect(after.relationships.SISTER_OF).toBe(before.relationships.SISTER_OF);
    expect(after.nodes.City).toBe(before.nodes.City - 1);
  }
});
