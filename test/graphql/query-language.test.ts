// The query language through GraphQL against the seeded graph: every operator, AND/OR/NOT, relationship filters,
// sorts, both pagination directions, aggregates and relation connections, each compared with what seed/graph.json
// implies (test/support/query-oracle.ts); and the refusals (BAD_USER_INPUT naming the limit).
import fs from 'node:fs';
import path from 'node:path';
import { seed } from '../support/seed-oracle';
import { byName, cityIds, hostingsOf, membershipsOf, organization, partnersOf, sortBy, tally } from '../support/query-oracle';
import { createHarness, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

async function ok(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await api.execute(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

const CITIES = `query ($where: CityWhere, $sort: [CitySort!]) { cities(where: $where, sort: $sort, first: 100) { totalCount edges { node { id } } } }`;
async function cities(where: unknown, sort?: unknown): Promise<string[]> {
  const data = await ok(CITIES, { where, sort });
  const ids = data.cities.edges.map((e: any) => e.node.id);
  expect(data.cities.totalCount).toBe(ids.length);
  return ids;
}

const ORGS = `query ($where: OrganizationWhere, $sort: [OrganizationSort!]) { organizations(where: $where, sort: $sort, first: 100) { edges { node { id } } } }`;
const organizations = async (where: unknown, sort?: unknown): Promise<string[]> => (await ok(ORGS, { where, sort })).organizations.edges.map((e: any) => e.node.id);

describe('operators', () => {
  test.each([
    ['eq', { name: { eq: 'Seoul' } }, (c: any) => c.name === 'Seoul'],
    ['in (ids)', { id: { in: ['paris', 'seoul', 'atlantis', 'bonn'] } }, (c: any) => ['paris', 'seoul', 'bonn'].includes(c.id)],
    ['contains (case-sensitive)', { name: { contains: 'an' } }, (c: any) => c.name.includes('an')],
    ['containsInsensitive', { name: { containsInsensitive: 'SAN' } }, (c: any) => c.name.toLowerCase().includes('san')],
    ['startsWith', { name: { startsWith: 'Sa' } }, (c: any) => c.name.startsWith('Sa')],
    ['endsWith', { name: { endsWith: 'ng' } }, (c: any) => c.name.endsWith('ng')],
    ['in (enum)', { kind: { in: ['PROVINCE', 'STATE'] } }, (c: any) => ['PROVINCE', 'STATE'].includes(c.kind)],
    ['several operators on one field', { name: { startsWith: 'S', endsWith: 'l' } }, (c: any) => c.name.startsWith('S') && c.name.endsWith('l')],
    ['an empty in matches nothing', { id: { in: [] } }, () => false],
  ])('%s', async (_what, where, keep) => {
    const expected = cityIds(keep);
    expect(await cities(where)).toEqual(expected);
  });

  test('lt, lte, gt, gte on numbers: membership years', async () => {
    const members = (keep: (since: number) => boolean) => cityIds((c) => membershipsOf(c.id).some((m) => m.since !== null && keep(m.since)));
    for (const [op, keep] of [['lt', (y: number) => y < 2000], ['lte', (y: number) => y <= 2004], ['gt', (y: number) => y > 2004], ['gte', (y: number) => y >= 2010]] as const) {
      const year = op === 'lt' ? 2000 : op === 'gte' ? 2010 : 2004;
      const expected = members(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(await cities({ membershipsConnection: { some: { edge: { since: { [op]: year } } } } })).toEqual(expected);
    }
  });

  test('lt/gte on dates: meetings on or after April 2019, as text order of YYYY-MM(-DD)', async () => {
    const query = `{ official(id: "kyong-yul-lee") { meetingsConnection(where: { edge: { on: { gte: "2019-04" } } }) { edges { node { id } properties { on } } } } }`;
    const edges = (await ok(query)).official.meetingsConnection.edges;
    const expected = seed.meetings.filter((m) => (m.official === 'kyong-yul-lee' || m.with === 'kyong-yul-lee') && m.on >= '2019-04');
    expect(edges.map((e: any) => e.properties.on).sort()).toEqual(expected.map((m) => m.on).sort());
    expect(edges.length).toBeGreaterThan(0);
    const before = `{ official(id: "kyong-yul-lee") { meetingsConnection(where: { edge: { on: { lt: "2019-04" } } }) { totalCount } } }`;
    expect((await ok(before)).official.meetingsConnection.totalCount).toBe(seed.meetings.filter((m) => (m.official === 'kyong-yul-lee' || m.with === 'kyong-yul-lee') && m.on < '2019-04').length);
  });
});

describe('AND, OR, NOT', () => {
  test('OR of two conditions, NOT of a relationship filter', async () => {
    const where = { OR: [{ kind: { eq: 'PROVINCE' } }, { name: { startsWith: 'Be' } }], NOT: { nation: { some: { code: { eq: 'CN' } } } } };
    expect(await cities(where)).toEqual(cityIds((c) => (c.kind === 'PROVINCE' || c.name.startsWith('Be')) && c.nation !== 'CN'));
  });

  test('AND of lists, nested OR inside NOT', async () => {
    const where = { AND: [{ name: { contains: 'a' } }, { NOT: { OR: [{ kind: { eq: 'CITY' } }, { name: { endsWith: 'g' } }] } }] };
    expect(await cities(where)).toEqual(cityIds((c) => c.name.includes('a') && !(c.kind === 'CITY' || c.name.endsWith('g'))));
  });

  test('NOT of a comparison keeps the nodes without that property (two-valued, not SQL nulls)', async () => {
    const ids = await organizations({ NOT: { category: { eq: 'INTERGOVERNMENTAL' } } });
    expect(ids).toEqual(byName(seed.organizations.filter((o) => o.category !== 'INTERGOVERNMENTAL')).map((o) => o.id));
    expect(ids).toContain('pata'); // no category
  });

  test('an empty OR matches nothing; an empty AND everything', async () => {
    expect(await cities({ OR: [] })).toEqual([]);
    expect((await cities({ AND: [] })).length).toBe(seed.cities.length);
  });
});

describe('relationship filters', () => {
  test.each([
    ['memberships some', { memberships: { some: { category: { eq: 'QUASI_GOVERNMENTAL' } } } }, (c: any) => membershipsOf(c.id).some((m) => organization(m.organization).category === 'QUASI_GOVERNMENTAL')],
    ['memberships none (no condition: no membership at all)', { memberships: { none: {} } }, (c: any) => membershipsOf(c.id).length === 0],
    ['partners all (true for cities without partners)', { partners: { all: { nation: { some: { code: { eq: 'CN' } } } } } }, (c: any) => partnersOf(c.id).every((p) => p.city.nation === 'CN')],
    ['partners single', { partners: { single: {} } }, (c: any) => partnersOf(c.id).length === 1],
    ['hostings some', { hostedOrganizations: { some: {} } }, (c: any) => hostingsOf(c.id).length > 0],
    [
      'partnersConnection: edge and node conditions on the same partnership',
      { partnersConnection: { some: { edge: { tier: { eq: 'FRIENDSHIP' } }, node: { kind: { eq: 'PROVINCE' } } } } },
      (c: any) => partnersOf(c.id).some((p) => p.tier === 'FRIENDSHIP' && p.city.kind === 'PROVINCE'),
    ],
    [
      'nested: partners that are members of an intergovernmental organization',
      { partners: { some: { memberships: { some: { category: { eq: 'INTERGOVERNMENTAL' } } } } } },
      (c: any) => partnersOf(c.id).some((p) => membershipsOf(p.city.id).some((m) => organization(m.organization).category === 'INTERGOVERNMENTAL')),
    ],
  ])('%s', async (_what, where, keep) => {
    const expected = cityIds(keep);
    expect(await cities(where)).toEqual(expected);
  });

  test('organizations hosted by Seoul and not joined by Seoul', async () => {
    const ids = await organizations({ hostedBy: { some: { id: { eq: 'seoul' } } }, members: { none: { id: { eq: 'seoul' } } } });
    const hosted = new Set(hostingsOf('seoul').map((h) => h.organization));
    const joined = new Set(membershipsOf('seoul').map((m) => m.organization));
    expect(ids).toEqual(byName(seed.organizations.filter((o) => hosted.has(o.id) && !joined.has(o.id))).map((o) => o.id));
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('sort', () => {
  test('by an optional field descending (missing last), then by name', async () => {
    const expected = sortBy(seed.organizations as any[], [['category', 'DESC'], ['name', 'ASC']], 'id').map((o) => o.id);
    expect(await organizations(null, [{ category: 'DESC' }, { name: 'ASC' }])).toEqual(expected);
    expect(expected.slice(-13).every((id) => organization(id).category === null)).toBe(true);
  });

  test('by kind ascending, then name descending', async () => {
    expect(await cities(null, [{ kind: 'ASC' }, { name: 'DESC' }])).toEqual(sortBy(seed.cities as any[], [['kind', 'ASC'], ['name', 'DESC']], 'id').map((c) => c.id));
  });

  test("a connection by the relationship's year (missing last), then the partner's name", async () => {
    const query = `{ city(id: "seoul") { partnersConnection(first: 100, sort: [{ edge: { since: DESC } }, { node: { name: ASC } }]) { edges { node { id } properties { since } } } } }`;
    const rows = partnersOf('seoul').map((p) => ({ id: p.city.id, name: p.city.name, since: p.since }));
    const edges = (await ok(query)).city.partnersConnection.edges;
    expect(edges.map((e: any) => e.node.id)).toEqual(sortBy(rows, [['since', 'DESC'], ['name', 'ASC']], 'id').map((r) => r.id));
  });
});

describe('pagination, both directions', () => {
  const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
    organizations(sort: [{ category: DESC }], first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  // Ties (same category) are broken by the key, as every order is.
  const expected = () => sortBy(seed.organizations as any[], [['category', 'DESC']], 'id').map((o) => o.id);

  test('forwards with first/after and backwards with last/before walk the same order', async () => {
    const forwards: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: any = (await ok(PAGE, { first: 4, after })).organizations;
      forwards.push(...page.edges.map((e: any) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forwards).toEqual(expected());

    const backwards: string[][] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: any = (await ok(PAGE, { last: 4, before })).organizations;
      backwards.unshift(page.edges.map((e: any) => e.node.id));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backwards.flat()).toEqual(expected());
    expect(backwards[backwards.length - 1]).toEqual(expected().slice(-4));
  });

  test("a relation's pages, forwards and backwards, cover Seoul's 57 partners in order", async () => {
    const Q = `query ($first: Int, $after: String, $last: Int, $before: String) { city(id: "seoul") {
      partnersConnection(first: $first, after: $after, last: $last, before: $before) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const all = byName(partnersOf('seoul').map((p) => p.city)).map((c) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: any = (await ok(Q, { first: 10, after })).city.partnersConnection;
      expect(page.totalCount).toBe(57);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const last: any = (await ok(Q, { last: 10 })).city.partnersConnection;
    expect(last.edges.map((e: any) => e.node.id)).toEqual(all.slice(-10));
    const previous: any = (await ok(Q, { last: 10, before: last.pageInfo.startCursor })).city.partnersConnection;
    expect(previous.edges.map((e: any) => e.node.id)).toEqual(all.slice(-20, -10));
  });

  test('a cursor issued for another order is refused, by the query language and by the legacy list alike', async () => {
    const page: any = (await ok(PAGE, { first: 2 })).organizations;
    for (const sort of ['sort: [{ name: DESC }]', 'sort: [{ category: ASC }]', '']) {
      const { errors } = await api.execute(`query ($after: String) { organizations(first: 2, after: $after, ${sort}) { edges { node { id } } } }`, { after: page.pageInfo.endCursor });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(/cursor/);
    }
  });

  test('the default order writes the same cursors as the legacy lists, so either continues the other', async () => {
    const legacy: any = (await ok(`{ cities(first: 5) { edges { cursor } pageInfo { endCursor } } }`)).cities;
    const next: any = (await ok(`query ($after: String) { cities(first: 5, after: $after, where: {}) { edges { node { id } } } }`, { after: legacy.pageInfo.endCursor })).cities;
    expect(next.edges.map((e: any) => e.node.id)).toEqual(cityIds(() => true).slice(5, 10));
  });
});

describe('aggregates', () => {
  const AGG = `query ($where: CityWhere) { cities(where: $where) { aggregate { count byNation: countBy(field: NATION) { value count } byKind: countBy(field: KIND) { value count } } } }`;

  test('cities counted by nation and by kind, with and without a filter', async () => {
    const all = (await ok(AGG)).cities.aggregate;
    expect(all.count).toBe(seed.cities.length);
    expect(all.byNation).toEqual(tally(seed.cities.map((c) => c.nation)));
    expect(all.byKind).toEqual(tally(seed.cities.map((c) => c.kind)));
    const partnersOfSeoul = new Set(partnersOf('seoul').map((p) => p.city.id));
    const some = (await ok(AGG, { where: { partners: { some: { id: { eq: 'seoul' } } } } })).cities.aggregate;
    expect(some.byNation).toEqual(tally(seed.cities.filter((c) => partnersOfSeoul.has(c.id)).map((c) => c.nation)));
  });

  test('organizations by category (missing counted as null); the deprecated arguments are counted too', async () => {
    const data = await ok(`{ organizations { aggregate { countBy(field: CATEGORY) { value count } } } cn: cities(nation: "CN") { totalCount aggregate { count } } }`);
    expect(data.organizations.aggregate.countBy).toEqual(tally(seed.organizations.map((o) => o.category ?? null)));
    expect(data.cn.aggregate.count).toBe(seed.cities.filter((c) => c.nation === 'CN').length);
    expect(data.cn.totalCount).toBe(data.cn.aggregate.count);
  });

  test("Seoul's partnerships by tier and by the partner's nation; WeGO's members by nation", async () => {
    const data = await ok(`{
      city(id: "seoul") { partnersConnection { totalCount aggregate { count byTier: countBy(field: TIER) { value count } byNation: countBy(field: NATION) { value count } } } }
      organization(id: "wego") { membersConnection(where: { node: { kind: { eq: CITY } } }) { aggregate { count countBy(field: NATION) { value count } } } } }`);
    const partners = partnersOf('seoul');
    expect(data.city.partnersConnection.aggregate.byTier).toEqual(tally(partners.map((p) => p.tier)));
    expect(data.city.partnersConnection.aggregate.byNation).toEqual(tally(partners.map((p) => p.city.nation)));
    expect(data.city.partnersConnection.aggregate.count).toBe(57);
    const members = seed.memberships.filter((m) => m.organization === 'wego').map((m) => seed.cities.find((c) => c.id === m.city)!).filter((c) => c.kind === 'CITY');
    expect(data.organization.membersConnection.aggregate.countBy).toEqual(tally(members.map((c) => c.nation)));
  });
});

describe('relation connections', () => {
  test("edges carry the related node and the relationship's properties; the plain lists still work", async () => {
    const data = await ok(`{ city(id: "seoul") {
      memberships { organization { id } since }
      membershipsConnection(where: { edge: { since: { gte: 2000 } } }, sort: [{ edge: { since: ASC } }]) { edges { node { id } properties { since role source modifiedAt } } } } }`);
    const expected = sortBy(membershipsOf('seoul').filter((m) => m.since !== null && m.since >= 2000).map((m) => ({ id: m.organization, since: m.since })), [['since', 'ASC']], 'id');
    expect(data.city.membershipsConnection.edges.map((e: any) => [e.node.id, e.properties.since])).toEqual(expected.map((m) => [m.id, m.since]));
    expect(data.city.memberships).toHaveLength(membershipsOf('seoul').length);
  });

  test('nested connections over many parents cost one batched query per level', async () => {
    const before = await api.storeCalls();
    const data = await ok(`{ cities(first: 40, where: { kind: { eq: CITY } }) { edges { node { id
      partnersConnection(first: 3, where: { edge: { tier: { eq: SISTER } } }) { totalCount edges { node { name nation { code } } } aggregate { countBy(field: NATION) { value count } } } } } } }`);
    const after = await api.storeCalls();
    const calls = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => (v as number) > 0));
    expect(data.cities.edges).toHaveLength(40);
    for (const edge of data.cities.edges) {
      const sisters = partnersOf(edge.node.id).filter((p) => p.tier === 'SISTER');
      expect(edge.node.partnersConnection.totalCount).toBe(sisters.length);
      expect(edge.node.partnersConnection.edges.map((e: any) => e.node.name)).toEqual(byName(sisters.map((p) => p.city)).slice(0, 3).map((c) => c.name));
    }
    expect(calls).toEqual({
      'query/find-nodes': 1,
      'city/get-cities-by-ids': expect.any(Number),
      'query/find-related': 1,
      'query/count-related': 1,
      'query/tally-related': 1,
      'nation/get-nations-by-codes': 1,
    });
    expect(calls['city/get-cities-by-ids']).toBeLessThanOrEqual(2);
  });
});

describe('deprecated arguments', () => {
  test.each([
    ['nation', 'nation: "CN"'],
    ['kind and name', 'kind: CITY, nameContains: "an"'],
    ['tier and partnerOf', 'tier: FRIENDSHIP, partnerOf: "seoul"'],
  ])('%s: the legacy statements and the query language agree', async (_what, args) => {
    const legacy = await ok(`{ cities(${args}, first: 100) { totalCount edges { cursor node { id } } } }`);
    const translated = await ok(`{ cities(${args}, first: 100, sort: []) { totalCount edges { cursor node { id } } } }`);
    expect(translated).toEqual(legacy);
    expect(legacy.cities.totalCount).toBeGreaterThan(0);
  });
});

describe('refused input: BAD_USER_INPUT naming the limit', () => {
  const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { name: { eq: 'x' } } : { NOT: nested(depth - 1) });
  test.each([
    ['AND/OR/NOT nested too deep', CITIES, { where: nested(5) }, /6 levels deep; the limit is 5 levels/],
    ['relationship filters nested too deep', CITIES, { where: { partners: { some: { partners: { some: { partners: { some: { partners: { some: { partners: { some: {} } } } } } } } } } } }, /the limit is 5 levels/],
    ['an in list over the cap', CITIES, { where: { id: { in: Array.from({ length: 101 }, (_, i) => `c${i}`) } } }, /101 items; the limit is 100 items/],
    ['too many comparisons', CITIES, { where: { AND: Array.from({ length: 51 }, () => ({ name: { eq: 'x' } })) } }, /the limit is 50 in one request/],
    ['too many sort fields', CITIES, { sort: [{ name: 'ASC' }, { kind: 'ASC' }, { id: 'ASC' }, { source: 'ASC' }] }, /names 4 fields; the limit is 3 fields/],
    ['two fields in one sort entry', CITIES, { sort: [{ name: 'ASC', kind: 'DESC' }] }, /exactly one field/],
    ['an over-long text', CITIES, { where: { name: { contains: 'x'.repeat(201) } } }, /at most 200 characters/],
  ])('%s', async (_what, query, variables, message) => {
    const { data, errors } = await api.execute(query, variables);
    expect(data?.cities ?? null).toBeNull();
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(message);
  });

  test.each([
    ['first with last', '{ cities(first: 2, last: 2) { totalCount } }', /first and last cannot be combined/],
    ['after with last', '{ cities(last: 2, after: "x") { totalCount } }', /after pages forwards/],
    ['a page over the cap', '{ cities(last: 101) { totalCount } }', /last must be at most 100/],
    ['a forged cursor', '{ cities(first: 2, sort: [{ kind: ASC }], after: "WyJub2RlLmtpbmQ6QVNDIiwxLCJ4Il0") { totalCount } }', /not a cursor/],
    ['a relation page over the cap', '{ city(id: "seoul") { partnersConnection(first: 101) { totalCount } } }', /first must be at most 100/],
    ['an unknown dimension is a schema error', '{ cities { aggregate { countBy(field: TIER) { count } } } }', /TIER/],
  ])('%s', async (_what, query, message) => {
    const { errors } = await api.execute(query);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(errors?.[0].extensions.code);
    expect(errors?.[0].message).toMatch(message);
  });
});

test("the README's query-language examples run", async () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Filtering, sorting, counting'), readme.indexOf('## For analysts'));
  const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  for (const query of blocks) {
    const data = await ok(query);
    expect(JSON.stringify(data)).not.toBe('{}');
  }
  const first = await ok(blocks[0]);
  const expected = cityIds((c) => ['PROVINCE', 'STATE', 'PREFECTURE'].includes(c.kind) && partnersOf(c.id).some((p) => p.tier === 'FRIENDSHIP' && p.city.nation === 'KR'));
  expect(first.cities.aggregate.count).toBe(expected.length);
  expect(first.cities.aggregate.countBy).toEqual(tally(seed.cities.filter((c) => expected.includes(c.id)).map((c) => c.nation)));
  expect(expected.length).toBe(6);
});
