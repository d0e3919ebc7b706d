// The GraphQL API on the seeded Seoul graph (embedded engine), checked against the seed file itself.
import { createHarness, type GraphQLHarness } from '../support/graphql';
import { readSeed } from '../../src/seed/seed';

const seed = readSeed();
let api: GraphQLHarness;

beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

const codeOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.code;

/** What the seed implies: Seoul's partners that are members of organizations Seoul is a member of. */
function expectedSharing(cityId: string) {
  const orgsOf = (id: string) => new Set(seed.memberships.filter((m) => m.city === id).map((m) => m.organization));
  const mine = orgsOf(cityId);
  const partners = seed.partnerships.flatMap((p) => (p.cityA === cityId ? [p.cityB] : p.cityB === cityId ? [p.cityA] : []));
  const nameOf = (id: string) => seed.cities.find((c) => c.id === id)!.name;
  return partners
    .map((id) => ({ id, name: nameOf(id), shared: [...orgsOf(id)].filter((o) => mine.has(o)).sort() }))
    .filter((p) => p.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

describe('partnersSharingOrganizations (the flagship traversal)', () => {
  const query = `query ($id: ID!, $min: Int, $limit: Int) { partnersSharingOrganizations(cityId: $id, minShared: $min, limit: $limit) {
    sharedCount partner { id name } organizations { id name } } }`;

  test("returns exactly what the seed's organization table implies, in order", async () => {
    const { data, errors } = await api.execute(query, { id: 'seoul' });
    expect(errors).toBeUndefined();
    const expected = expectedSharing('seoul');
    expect(expected.length).toBeGreaterThan(10);
    expect(
      data.partnersSharingOrganizations.map((r: any) => ({
        id: r.partner.id,
        name: r.partner.name,
        shared: r.organizations.map((o: any) => o.id).sort(),
      })),
    ).toEqual(expected);
    for (const row of data.partnersSharingOrganizations) expect(row.sharedCount).toBe(row.organizations.length);
  });

  test('Berlin shares two organizations with Seoul (Metropolis and ICLEI, both named in brackets)', async () => {
    const { data } = await api.execute(query, { id: 'seoul', min: 2 });
    const berlin = data.partnersSharingOrganizations.find((r: any) => r.partner.id === 'berlin');
    expect(berlin.organizations.map((o: any) => o.id).sort()).toEqual(['iclei', 'metropolis']);
    const expected = expectedSharing('seoul').filter((p) => p.shared.length >= 2).map((p) => p.id);
    expect(expected).toContain('berlin');
    expect(data.partnersSharingOrganizations.map((r: any) => r.partner.id)).toEqual(expected);
    expect(data.partnersSharingOrganizations.every((r: any) => r.sharedCount >= 2)).toBe(true);
  });

  test('limit keeps the first partners of the same order; out of range it is BAD_USER_INPUT naming it', async () => {
    const all = (await api.execute(query, { id: 'seoul' })).data.partnersSharingOrganizations;
    const { data, errors } = await api.execute(query, { id: 'seoul', limit: 3 });
    expect(errors).toBeUndefined();
    expect(data.partnersSharingOrganizations).toEqual(all.slice(0, 3));
    expect((await api.execute(query, { id: 'seoul', limit: all.length + 5 })).data.partnersSharingOrganizations).toEqual(all);
    for (const limit of [0, 1001]) {
      const refused = await api.execute(query, { id: 'seoul', limit });
      expect([codeOf(refused), refused.errors![0].message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/limit must be at (least 1|most 1000)/)]);
    }
    const unknown = await api.execute(query, { id: 'atlantis', limit: 3 });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  test('minShared below 1 is BAD_USER_INPUT; an unknown city is NOT_FOUND', async () => {
    const low = await api.execute(query, { id: 'seoul', min: 0 });
    expect(codeOf(low)).toBe('BAD_USER_INPUT');
    expect(low.errors![0].message).toMatch(/minShared must be at least 1/);
    const unknown = await api.execute(query, { id: 'atlantis' });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toMatch(/atlantis/);
  });
});

describe('lookups and relationships', () => {
  test('sharedOrganizations of Seoul and Berlin; the same city twice is rejected', async () => {
    const { data } = await api.execute(`{ sharedOrganizations(cityA: "seoul", cityB: "berlin") { id } }`);
    expect(data.sharedOrganizations.map((o: any) => o.id).sort()).toEqual(['iclei', 'metropolis']);
    const same = await api.execute(`{ sharedOrganizations(cityA: "seoul", cityB: "seoul") { id } }`);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
  });

  test("commonPartners: the partners two cities share, as the seed's partnership table implies", async () => {
    const partnersOf = (id: string) => new Set(seed.partnerships.flatMap((p) => (p.cityA === id ? [p.cityB] : p.cityB === id ? [p.cityA] : [])));
    const common = (a: string, b: string) => [...partnersOf(a)].filter((c) => partnersOf(b).has(c)).sort();
    expect(common('paris', 'tokyo')).toEqual(['seoul']);
    const { data, errors } = await api.execute(`{ pt: commonPartners(cityA: "paris", cityB: "tokyo") { id nation { code } }
      sp: commonPartners(cityA: "seoul", cityB: "paris") { id } }`);
    expect(errors).toBeUndefined();
    expect(data.pt).toEqual([{ id: 'seoul', nation: { code: 'KR' } }]);
    expect(data.sp.map((c: any) => c.id)).toEqual(common('seoul', 'paris'));
    expect(codeOf(await api.execute(`{ commonPartners(cityA: "paris", cityB: "paris") { id } }`))).toBe('BAD_USER_INPUT');
    const unknown = await api.execute(`{ commonPartners(cityA: "paris", cityB: "atlantis") { id } }`);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toMatch(/City "atlantis" was not found/);
  });

  test('unknown ids give null', async () => {
    const { data } = await api.execute(`{ city(id: "nowhere") { id } nation(code: "ZZ") { code } organization(id: "x") { id } official(id: "y") { id } }`);
    expect(data).toEqual({ city: null, nation: null, organization: null, official: null });
  });

  test("Seoul's partners by tier match the seed (23 sister, 34 friendship), each located in a nation", async () => {
    const { data } = await api.execute(`{ city(id: "seoul") { name nation { code }
      sister: partners(tier: SISTER) { tier since city { id nation { code } } }
      friendship: partners(tier: FRIENDSHIP) { city { id } } } }`);
    expect(data.city.nation.code).toBe('KR');
    expect(data.city.sister).toHaveLength(23);
    expect(data.city.friendship).toHaveLength(34);
    expect(data.city.sister.every((p: any) => p.tier === 'SISTER' && p.city.nation?.code)).toBe(true);
    expect(data.city.sister.find((p: any) => p.city.id === 'taipei').since).toBe(1968);
  });

  test('memberships carry join year and role; organizations list their named members and host cities', async () => {
    const { data } = await api.execute(`{ city(id: "seoul") { memberships { since role organization { id } } }
      organization(id: "wego") { members { city { id } } hostedBy { office city { id } } officials { title official { id } } } }`);
    expect(data.city.memberships).toHaveLength(17);
    const c40 = data.city.memberships.find((m: any) => m.organization.id === 'c40');
    expect(c40.role).toBe('Vice Chair');
    expect(data.organization.hostedBy.map((h: any) => h.city.id).sort()).toEqual(['mexico-city', 'seoul']);
    expect(data.organization.officials.map((o: any) => o.official.id).sort()).toEqual(['kyong-yul-lee', 'won-soon-park']);
  });

  test("the WeGO Secretary General's meetings and offices", async () => {
    const { data } = await api.execute(`{ official(id: "kyong-yul-lee") { offices { title targetType organization { id } }
      meetings { on topics with { id offices { nation { code } } } } } }`);
    expect(data.official.offices).toEqual([{ title: 'Secretary General', targetType: 'ORGANIZATION', organization: { id: 'wego' } }]);
    const expected = seed.meetings.filter((m) => m.official === 'kyong-yul-lee' || m.with === 'kyong-yul-lee');
    expect(data.official.meetings).toHaveLength(expected.length);
    expect(data.official.meetings.map((m: any) => m.on).sort()).toEqual(expected.map((m) => m.on).sort());
    expect(data.official.meetings.every((m: any) => m.with.offices[0].nation.code.length === 2)).toBe(true);
  });

  test('the sources query lists every document a source field cites', async () => {
    const { data } = await api.execute(`{ sources { id title } city(id: "seoul") { source } }`);
    const ids = data.sources.map((s: any) => s.id);
    expect(ids).toContain(data.city.source);
    expect(ids).toContain('wego-news-2019-04-09');
  });
});

describe('pagination', () => {
  const citiesQuery = `query ($first: Int, $after: String, $nation: ID, $tier: PartnerTier, $partnerOf: ID, $name: String) {
    cities(first: $first, after: $after, nation: $nation, tier: $tier, partnerOf: $partnerOf, nameContains: $name) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

  test('walking every page returns every city once, ordered by name', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: any = await api.execute(citiesQuery, { first: 10, after });
      expect(errors).toBeUndefined();
      seen.push(...data.cities.edges.map((e: any) => e.node.id));
      expect(data.cities.totalCount).toBe(seed.cities.length);
      expect(data.cities.pageInfo.hasPreviousPage).toBe(after !== null);
      pages += 1;
      if (!data.cities.pageInfo.hasNextPage) break;
      after = data.cities.pageInfo.endCursor;
    }
    const expected = [...seed.cities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((c) => c.id);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(seed.cities.length / 10));
  });

  test('filters: by nation, by partner and tier, by name', async () => {
    const cn = await api.execute(citiesQuery, { first: 100, nation: 'CN' });
    expect(cn.data.cities.edges.map((e: any) => e.node.id).sort()).toEqual(seed.cities.filter((c) => c.nation === 'CN').map((c) => c.id).sort());
    const sisters = await api.execute(citiesQuery, { first: 100, partnerOf: 'seoul', tier: 'SISTER' });
    expect(sisters.data.cities.totalCount).toBe(23);
    const named = await api.execute(citiesQuery, { first: 5, name: 'ROM' });
    expect(named.data.cities.edges.map((e: any) => e.node.id)).toEqual(['rome']);
  });

  test('organizations filtered by category and member city', async () => {
    const { data } = await api.execute(`{ organizations(first: 50, category: QUASI_GOVERNMENTAL, memberCity: "seoul") { totalCount edges { node { id } } } }`);
    expect(data.organizations.edges.map((e: any) => e.node.id).sort()).toEqual(['citynet', 'iclei', 'metropolis', 'wego']);
  });

  test('invalid page arguments are BAD_USER_INPUT with a clear message', async () => {
    const tooMany = await api.execute(citiesQuery, { first: 101 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/first must be at most 100/);
    const badCursor = await api.execute(citiesQuery, { first: 5, after: 'not-a-cursor' });
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].message).toMatch(/not a valid cursor/);
    const badNation = await api.execute(citiesQuery, { first: 5, nation: 'france' });
    expect(codeOf(badNation)).toBe('BAD_USER_INPUT');
    const badEnum = await api.execute(citiesQuery, { first: 5, tier: 'COUSIN' });
    expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
  });

  test('nations and officials paginate too', async () => {
    const { data } = await api.execute(`{ nations(first: 3) { totalCount edges { node { code } } pageInfo { hasNextPage } }
      officials(nameContains: "ambassador") { totalCount } }`);
    expect(data.nations.totalCount).toBe(seed.nations.length);
    expect(data.nations.edges).toHaveLength(3);
    expect(data.nations.pageInfo.hasNextPage).toBe(true);
    expect(data.officials.totalCount).toBe(seed.officials.filter((o) => /ambassador/i.test(o.name)).length);
  });
});
