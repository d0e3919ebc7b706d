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

test('the flagship costs the traversal and one batch of nations; the existence check only when nothing is found', async () => {
  const calls = async (query: string) => {
    const before = await api.storeCalls();
    const result = await api.execute(query);
    const after = await api.storeCalls();
    return { result, calls: Object.fromEntries(Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0)) };
  };
  const flagship = await calls('{ partnersSharingOrganizations(cityId: "seoul") { sharedCount partner { name nation { name } } organizations { name } } }');
  expect(flagship.result.errors).toBeUndefined();
  expect(flagship.result.data.partnersSharingOrganizations.length).toBeGreaterThan(0);
  expect(flagship.calls).toEqual({ 'traversal/partners-sharing-organizations': 1, 'nation/get-nations-by-codes': 1 });

  const none = await calls('{ partnersSharingOrganizations(cityId: "seoul", minShared: 99) { sharedCount } }');
  expect(none.result.data.partnersSharingOrganizations).toEqual([]);
  expect(none.calls).toEqual({ 'traversal/partners-sharing-organizations': 1 });

  const unknown = await calls('{ partnersSharingOrganizations(cityId: "atlantis") { sharedCount } }');
  expect(unknown.result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(unknown.calls).toEqual({ 'traversal/partners-sharing-organizations': 1 });
});
