// The co-membership network and organizationOverlap on the seeded graph (embedded engine), against counts computed
// from seed/graph.json's memberships in plain JS.
import 'reflect-metadata';
import { MAX_CO_MEMBERSHIP_PAIRS } from '../../src/services/traversals';
import type { SeedGraph } from '../../src/seed/seed';
import { repositories } from '../../src/store/repositories';
import { createHarness, type GraphQLHarness } from '../support/graphql';
import { seed } from '../support/seed-oracle';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

const codeOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.code;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const city = new Map(seed.cities.map((c) => [c.id, c]));
const organization = new Map(seed.organizations.map((o) => [o.id, o]));

/** The organizations of each city (optionally of one category), from the seed's membership table. */
function membershipsByCity(category?: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of seed.memberships) {
    if (category && organization.get(m.organization)!.category !== category) continue;
    if (!out.has(m.city)) out.set(m.city, new Set());
    out.get(m.city)!.add(m.organization);
  }
  return out;
}

/** Every unordered pair of cities sharing organizations, first city by (name, id), strongest first then by names. */
function expectedNetwork(category?: string, minShared = 1) {
  const members = [...membershipsByCity(category).entries()];
  const pairs = [];
  for (const [a, orgsA] of members) {
    for (const [b, orgsB] of members) {
      const [nameA, nameB] = [city.get(a)!.name, city.get(b)!.name];
      if (!(nameA < nameB || (nameA === nameB && a < b))) continue;
      const shared = [...orgsA].filter((o) => orgsB.has(o));
      if (shared.length < minShared) continue;
      const byName = shared.sort((x, y) => cmp(organization.get(x)!.name, organization.get(y)!.name) || cmp(x, y));
      pairs.push({ cityA: a, cityB: b, sharedCount: shared.length, organizations: byName });
    }
  }
  return pairs.sort(
    (x, y) =>
      y.sharedCount - x.sharedCount ||
      cmp(city.get(x.cityA)!.name, city.get(y.cityA)!.name) ||
      cmp(city.get(x.cityB)!.name, city.get(y.cityB)!.name) ||
      cmp(x.cityA, y.cityA) ||
      cmp(x.cityB, y.cityB),
  );
}

const networkQuery = `query ($category: OrganizationCategory, $minShared: Int, $limit: Int) {
  coMembershipNetwork(category: $category, minShared: $minShared, limit: $limit) {
    sharedCount cityA { id name } cityB { id name } organizations { id name } } }`;

const simplify = (rows: any[]) =>
  rows.map((r) => ({ cityA: r.cityA.id, cityB: r.cityB.id, sharedCount: r.sharedCount, organizations: r.organizations.map((o: any) => o.id) }));

describe('coMembershipNetwork', () => {
  test.each([
    [undefined, 1],
    [undefined, 2],
    ['QUASI_GOVERNMENTAL', 1],
    ['INTERGOVERNMENTAL', 1],
    ['INTERNATIONAL_NGO', 1],
  ] as [string | undefined, number][])('category %s, minShared %d: every pair the membership table implies, in order', async (category, minShared) => {
    const { data, errors } = await api.execute(networkQuery, { category, minShared, limit: 5000 });
    expect(errors).toBeUndefined();
    const expected = expectedNetwork(category, minShared);
    expect(simplify(data.coMembershipNetwork)).toEqual(expected);
    for (const row of data.coMembershipNetwork) expect(row.sharedCount).toBe(row.organizations.length);
  });

  test('the seed gives a real network: 46 pairs, the strongest sharing two organizations', async () => {
    const { data } = await api.execute(networkQuery, { limit: 5000 });
    expect(data.coMembershipNetwork).toHaveLength(46);
    expect(data.coMembershipNetwork[0].sharedCount).toBe(2);
    const berlinSeoul = data.coMembershipNetwork.find((r: any) => r.cityA.id === 'berlin' && r.cityB.id === 'seoul');
    expect(berlinSeoul.organizations.map((o: any) => o.id)).toEqual(['iclei', 'metropolis']);
  });

  test('each unordered pair once, and never a city with itself', async () => {
    const { data } = await api.execute(networkQuery, { limit: 5000 });
    const keys = data.coMembershipNetwork.map((r: any) => [r.cityA.id, r.cityB.id].sort().join('|'));
    expect(keys.length).toBe(expectedNetwork().length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.coMembershipNetwork.every((r: any) => r.cityA.id !== r.cityB.id)).toBe(true);
  });

  test('limit keeps the strongest pairs (500 by default)', async () => {
    const { data } = await api.execute(networkQuery, { limit: 3 });
    expect(simplify(data.coMembershipNetwork)).toEqual(expectedNetwork().slice(0, 3));
  });

  test.each([
    ['minShared below 1', { minShared: 0 }, /minShared must be at least 1/],
    ['limit above the cap', { limit: 5001 }, /limit must be at most 5000/],
  ])('%s is BAD_USER_INPUT', async (_what, variables, message) => {
    const result = await api.execute(networkQuery, variables);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  });

  test('cities (with their nations) and organizations of every pair resolve in one batched query per type', async () => {
    const before = await api.storeCalls();
    const { errors } = await api.execute(`{ coMembershipNetwork { cityA { nation { name } } cityB { name } organizations { name } } }`);
    expect(errors).toBeUndefined();
    const after = await api.storeCalls();
    const calls = Object.fromEntries(Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0));
    expect(calls).toEqual({
      'traversal/count-co-membership-pairs': 1,
      'traversal/co-membership-network': 1,
      'city/get-cities-by-ids': 1,
      'organization/get-organizations-by-ids': 1,
    });
  });
});

describe('the cap on the pairs the network compares', () => {
  /** Sum over organizations (of a category) of m·(m−1)/2, from the seed. */
  function candidatePairs(graph: SeedGraph, category?: string) {
    const categoryOf = new Map(graph.organizations.map((o) => [o.id, o.category]));
    const members = new Map<string, number>();
    for (const m of graph.memberships) {
      if (category && categoryOf.get(m.organization) !== category) continue;
      members.set(m.organization, (members.get(m.organization) ?? 0) + 1);
    }
    return [...members.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  }

  test('the pair count query agrees with the seed', async () => {
    for (const category of [undefined, 'QUASI_GOVERNMENTAL', 'INTERGOVERNMENTAL', 'INTERNATIONAL_NGO']) {
      expect(await repositories(api.store).graph.countCoMembershipPairs(category ?? null)).toBe(candidatePairs(seed, category));
    }
    expect(candidatePairs(seed)).toBeGreaterThan(0);
  });

  test('a network above the cap is BAD_USER_INPUT naming it; a category below the cap still answers', async () => {
    // The seed plus 1,001 cities in WeGO (QUASI_GOVERNMENTAL): more than 500,000 pairs to compare.
    const bulk = Array.from({ length: 1001 }, (_, i) => `bulk-city-${String(i).padStart(4, '0')}`);
    const big: SeedGraph = {
      ...seed,
      cities: [...seed.cities, ...bulk.map((id) => ({ id, name: id, kind: 'CITY', nation: 'KR', source: 'editorial' }))],
      memberships: [...seed.memberships, ...bulk.map((city) => ({ city, organization: 'wego', since: null, role: null, source: 'editorial' }))],
    };
    expect(candidatePairs(big)).toBeGreaterThan(MAX_CO_MEMBERSHIP_PAIRS);
    const bigApi = await createHarness({ seed: big });
    try {
      const refused = await bigApi.execute(networkQuery, {});
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/above the cap of 500,000/);
      expect(refused.errors![0].message).toContain(candidatePairs(big).toLocaleString('en'));
      const quasi = await bigApi.execute(networkQuery, { category: 'QUASI_GOVERNMENTAL' });
      expect(codeOf(quasi)).toBe('BAD_USER_INPUT');
      const ngo = await bigApi.execute(networkQuery, { category: 'INTERNATIONAL_NGO', limit: 5000 });
      expect(ngo.errors).toBeUndefined();
      expect(simplify(ngo.data.coMembershipNetwork)).toEqual(expectedNetwork('INTERNATIONAL_NGO'));
    } finally {
      await bigApi.close();
    }
  });
});

describe('organizationOverlap', () => {
  const overlapQuery = `query ($ids: [ID!]!, $category: OrganizationCategory) {
    organizationOverlap(cityIds: $ids, category: $category) { cities { id } counts } }`;

  function expectedMatrix(ids: string[], category?: string) {
    const orgs = membershipsByCity(category);
    return ids.map((a) => ids.map((b) => [...(orgs.get(a) ?? [])].filter((o) => orgs.get(b)?.has(o)).length));
  }

  test.each([
    [['seoul', 'berlin', 'paris', 'beijing', 'singapore', 'new-york'], undefined],
    [['berlin', 'seoul'], undefined],
    [['seoul', 'berlin', 'cairo', 'los-angeles'], 'QUASI_GOVERNMENTAL'],
    [['seoul', 'bangkok', 'ulaanbaatar'], 'INTERGOVERNMENTAL'],
  ] as [string[], string | undefined][])('%j (category %s): the counts the membership table implies, in input order', async (ids, category) => {
    const { data, errors } = await api.execute(overlapQuery, { ids, category });
    expect(errors).toBeUndefined();
    expect(data.organizationOverlap.cities.map((c: any) => c.id)).toEqual(ids);
    expect(data.organizationOverlap.counts).toEqual(expectedMatrix(ids, category));
  });

  test("the diagonal is each city's own membership count (Seoul: 17), and the matrix is symmetric", async () => {
    const ids = ['seoul', 'berlin', 'paris', 'cairo'];
    const { data } = await api.execute(overlapQuery, { ids });
    const counts: number[][] = data.organizationOverlap.counts;
    expect(counts[0][0]).toBe(17);
    ids.forEach((id, i) => expect(counts[i][i]).toBe(seed.memberships.filter((m) => m.city === id).length));
    counts.forEach((row, i) => row.forEach((value, j) => expect(value).toBe(counts[j][i])));
    expect(counts[0][1]).toBe(2); // Seoul and Berlin: ICLEI and Metropolis
  });

  test('an empty list gives an empty matrix', async () => {
    const { data } = await api.execute(overlapQuery, { ids: [] });
    expect(data.organizationOverlap).toEqual({ cities: [], counts: [] });
  });

  test('an unknown city is NOT_FOUND naming it; a nation code is not a city', async () => {
    const unknown = await api.execute(overlapQuery, { ids: ['seoul', 'atlantis', 'berlin'] });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toMatch(/City "atlantis"/);
    expect(codeOf(await api.execute(overlapQuery, { ids: ['seoul', 'KR'] }))).toBe('NOT_FOUND');
  });

  test('more than 50 cities, or a city twice, is BAD_USER_INPUT', async () => {
    const ids = seed.cities.slice(0, 51).map((c) => c.id);
    const tooMany = await api.execute(overlapQuery, { ids });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/at most 50 cities/);
    const fifty = await api.execute(overlapQuery, { ids: ids.slice(0, 50) });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.organizationOverlap.counts).toEqual(expectedMatrix(ids.slice(0, 50)));
    const twice = await api.execute(overlapQuery, { ids: ['seoul', 'berlin', 'seoul'] });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].message).toMatch(/"seoul" more than once/);
  });
});
