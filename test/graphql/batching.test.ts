// No N+1: nested fields batch through DataLoaders, one store query per relationship level.
import { createHarness, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeEach(async () => {
  api = await createHarness();
});
afterEach(() => api.close());

test("all of Seoul's partners with nations, memberships and their own partners cost one query per level", async () => {
  const before = await api.storeCalls();
  const { data, errors } = await api.execute(`{
    city(id: "seoul") {
      partners {
        tier
        city {
          name
          nation { name }
          memberships { since organization { name } }
          partners { city { name nation { code } } }
        }
      }
    }
  }`);
  expect(errors).toBeUndefined();
  expect(data.city.partners).toHaveLength(57);
  const after = await api.storeCalls();
  const calls = Object.fromEntries(
    Object.entries(after)
      .map(([name, n]) => [name, n - (before[name] ?? 0)])
      .filter(([, n]) => (n as number) > 0),
  );
  // city(seoul) · partners level 1 · partners level 2 · nations (both levels share one batch per tick) ·
  // memberships · organizations. Whatever the number of partners (57 here), the total stays this small.
  expect(calls).toEqual({
    'city/get-cities-by-ids': 1,
    'city/get-partnerships-of-cities': 2,
    'nation/get-nations-by-codes': expect.any(Number),
    'organization/get-memberships-of-cities': 1,
    'organization/get-organizations-by-ids': 1,
  });
  expect(calls['nation/get-nations-by-codes']).toBeLessThanOrEqual(2);
  const total = Object.values(calls).reduce((a, b) => (a as number) + (b as number), 0);
  expect(total).toBeLessThanOrEqual(7);
});

/** Runs a query; its result and the store queries it ran, by name. */
async function calls(query: string) {
  const before = await api.storeCalls();
  const result = await api.execute(query);
  const after = await api.storeCalls();
  return { result, calls: Object.fromEntries(Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0)) };
}

test('a city looked up by id brings its nation: one statement', async () => {
  const lookup = await calls('{ city(id: "seoul") { name nation { code name continent } } b: city(id: "paris") { nation { name } } }');
  expect(lookup.result.errors).toBeUndefined();
  expect(lookup.result.data).toEqual({ city: { name: 'Seoul', nation: { code: 'KR', name: 'Republic of Korea', continent: 'ASIA' } }, b: { nation: { name: 'France' } } });
  expect(lookup.calls).toEqual({ 'city/get-cities-by-ids': 1 });
});

test("the flagship is one statement: the traversal brings the partners' nations and whether the city exists", async () => {
  const flagship = await calls('{ partnersSharingOrganizations(cityId: "seoul") { sharedCount partner { id nation { code name continent } } organizations { name } } }');
  expect(flagship.result.errors).toBeUndefined();
  expect(flagship.result.data.partnersSharingOrganizations.length).toBeGreaterThan(0);
  expect(flagship.calls).toEqual({ 'traversal/partners-sharing-organizations': 1 });
  // The nations it brings are the ones a lookup of each partner reads.
  for (const { partner } of flagship.result.data.partnersSharingOrganizations) {
    const { data } = await api.execute(`{ nation(code: "${partner.nation.code}") { code name continent } }`);
    expect([partner.id, partner.nation]).toEqual([partner.id, data.nation]);
  }

  const none = await calls('{ partnersSharingOrganizations(cityId: "seoul", minShared: 99) { sharedCount } }');
  expect(none.result.data.partnersSharingOrganizations).toEqual([]);
  expect(none.calls).toEqual({ 'traversal/partners-sharing-organizations': 1 });

  const unknown = await calls('{ partnersSharingOrganizations(cityId: "atlantis") { sharedCount } }');
  expect(unknown.result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(unknown.calls).toEqual({ 'traversal/partners-sharing-organizations': 1 });
});
