// importGraph through GraphQL: the seed format, created/updated/unchanged counts, dry runs, every problem listed with
// its position, roles, and a refused import leaving the graph's counts unchanged.
import { readSeed } from '../../src/seed/seed';
import { createHarness, TOKENS, type GraphQLHarness } from '../support/graphql';

const seed = readSeed();
const NETWORK_SECTIONS = ['nations', 'cities', 'organizations', 'officials', 'partnerships', 'memberships', 'hostings', 'meetings', 'offices'] as const;
/** The report's sections: policy projects, rankings, events, stated figures and their links. */
const REPORT_SECTIONS = [
  'policyProjects', 'rankings', 'events', 'statedFigures',
  'policyShares', 'policyRecipients', 'cityRankings', 'eventVenues', 'eventOrganizers', 'eventParts', 'meetingMentions', 'figureSubjects',
] as const;
const SECTIONS = [...NETWORK_SECTIONS, ...REPORT_SECTIONS];
const IMPORT = `mutation ($input: GraphImportInput!, $dryRun: Boolean) {
  importGraph(input: $input, dryRun: $dryRun) {
    dryRun applied records problemCount problems { section index field message }
    ${SECTIONS.map((s) => `${s} { created updated unchanged }`).join(' ')}
  } }`;
const sectionOf = (name: string) => (seed as unknown as Record<string, unknown[]>)[name];
/** Seoul as the seed holds it (with its GeoNames location): importing it leaves it unchanged. */
const SEOUL = seed.cities.find((c) => c.id === 'seoul')!;
const zero = { created: 0, updated: 0, unchanged: 0 };

let api: GraphQLHarness;
beforeEach(async () => {
  api = await createHarness({ writers: true });
});
afterEach(() => api.close());

async function importAs(token: string | undefined, input: unknown, dryRun = false) {
  return api.execute(IMPORT, { input, dryRun }, { token });
}

test('the seed file itself, as it is: every record unchanged; a dry run and an import write nothing', async () => {
  const before = await api.store.counts();
  for (const [token, dryRun] of [[TOKENS.editor, true], [TOKENS.admin, false]] as const) {
    const { data, errors } = await importAs(token, seed, dryRun);
    expect(errors).toBeUndefined();
    expect(data.importGraph).toMatchObject({ dryRun, applied: !dryRun, problemCount: 0, problems: [] });
    expect(data.importGraph.records).toBe(SECTIONS.reduce((sum, s) => sum + sectionOf(s).length, 0));
    for (const section of SECTIONS) expect(data.importGraph[section]).toEqual({ ...zero, unchanged: sectionOf(section).length });
    for (const section of REPORT_SECTIONS) expect(sectionOf(section).length).toBeGreaterThan(0);
  }
  expect(await api.store.counts()).toEqual(before);
  expect((await api.execute(`{ city(id: "seoul") { updatedAt } }`)).data.city.updatedAt).toBeNull();
});

const fresh = {
  nations: [
    { code: 'IS', name: 'Iceland', source: 'https://www.iso.org/' },
    { code: 'KR', name: 'Republic of Korea', source: 'smg-city-diplomacy-2017' },
  ],
  cities: [
    { id: 'reykjavik', name: ' Reykjavík ', kind: 'CITY', nation: 'IS', source: 'https://example.org/r' },
    SEOUL,
    { id: 'taipei', name: 'Taipei City', kind: 'CITY', nation: 'TW', source: 'editorial' },
  ],
  organizations: [{ id: 'nordic-cities', name: 'Nordic Cities', source: 's' }],
  officials: [{ id: 'mayor-of-reykjavik', name: 'Mayor of Reykjavík', title: 'Mayor', source: 's' }],
  partnerships: [
    { cityA: 'reykjavik', cityB: 'seoul', tier: 'FRIENDSHIP', since: 2015, source: 's' },
    // Stored as seoul–taipei (SISTER, 1968): the reversed pair with another year updates it.
    { cityA: 'taipei', cityB: 'seoul', tier: 'SISTER', since: 1969, source: 'smg-city-diplomacy-2017' },
  ],
  memberships: [{ city: 'reykjavik', organization: 'nordic-cities', since: 2001, source: 's' }],
  hostings: [{ city: 'reykjavik', organization: 'nordic-cities', office: 'Secretariat', source: 's' }],
  meetings: [{ official: 'mayor-of-reykjavik', with: 'kyong-yul-lee', on: '2019-03-05', topics: ['smart cities'], source: 's' }],
  offices: [
    { official: 'mayor-of-reykjavik', targetLabel: 'City', target: 'reykjavik', title: 'Mayor', source: 's' },
    { official: 'mayor-of-reykjavik', targetLabel: 'Nation', target: 'IS', title: 'Envoy', source: 's' },
  ],
};

test('an import creates, updates and leaves unchanged, and says which; importing it again changes nothing', async () => {
  const before = await api.store.counts();
  const { data, errors } = await importAs(TOKENS.admin, fresh);
  expect(errors).toBeUndefined();
  const report = data.importGraph;
  expect(report).toMatchObject({ applied: true, records: 14, problemCount: 0 });
  expect(report.nations).toEqual({ created: 1, updated: 0, unchanged: 1 });
  expect(report.cities).toEqual({ created: 1, updated: 1, unchanged: 1 });
  expect(report.partnerships).toEqual({ created: 1, updated: 1, unchanged: 0 });
  for (const section of ['organizations', 'officials', 'memberships', 'hostings', 'meetings'] as const) expect(report[section]).toEqual({ ...zero, created: 1 });
  expect(report.offices).toEqual({ ...zero, created: 2 });
  for (const section of REPORT_SECTIONS) expect(report[section]).toEqual(zero);

  const after = await api.store.counts();
  expect(after.nodes).toEqual({ ...before.nodes, Nation: before.nodes.Nation + 1, City: before.nodes.City + 1, Organization: before.nodes.Organization + 1, Official: before.nodes.Official + 1 });
  expect(after.relationships).toEqual({
    ...before.relationships,
    LOCATED_IN: before.relationships.LOCATED_IN + 1,
    SISTER_OF: before.relationships.SISTER_OF + 1,
    MEMBER_OF: before.relationships.MEMBER_OF + 1,
    HOSTS: before.relationships.HOSTS + 1,
    MET_WITH: before.relationships.MET_WITH + 1,
    HOLDS_OFFICE: before.relationships.HOLDS_OFFICE + 2,
  });

  const { data: read } = await api.execute(`{
    reykjavik: city(id: "reykjavik") { name updatedAt nation { code } partners { since city { id } } officials { title official { id } } }
    taipei: city(id: "taipei") { name updatedAt partners { since updatedAt city { id } } }
    seoul: city(id: "seoul") { updatedAt } }`);
  expect(read.reykjavik).toMatchObject({ name: 'Reykjavík', nation: { code: 'IS' }, partners: [{ since: 2015, city: { id: 'seoul' } }], officials: [{ title: 'Mayor', official: { id: 'mayor-of-reykjavik' } }] });
  expect(read.reykjavik.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(read.taipei).toMatchObject({ name: 'Taipei City', partners: [{ since: 1969, city: { id: 'seoul' } }] });
  expect(read.taipei.partners[0].updatedAt).toBe(read.reykjavik.updatedAt);
  expect(read.seoul.updatedAt).toBeNull();

  const again = (await importAs(TOKENS.admin, fresh)).data.importGraph;
  for (const section of SECTIONS) expect(again[section]).toMatchObject({ created: 0, updated: 0 });
  expect(await api.store.counts()).toEqual(after);
});

test('every offending record is listed with its section, index and field; nothing is written', async () => {
  const broken = {
    nations: [{ code: 'IS', name: 'Iceland', source: 's' }, { code: 'is', name: '', source: 's' }],
    cities: [
      { id: 'reykjavik', name: 'Reykjavik', kind: 'CITY', nation: 'IS', source: 's' },
      { id: 'atlantis', name: 'Atlantis', kind: 'CITY', nation: 'AQ', source: 's' },
      { id: 'reykjavik', name: 'Reykjavik again', kind: 'CITY', nation: 'IS', source: 's' },
    ],
    partnerships: [
      { cityA: 'reykjavik', cityB: 'seoul', tier: 'SISTER', source: 's' },
      { cityA: 'seoul', cityB: 'reykjavik', tier: 'FRIENDSHIP', source: 's' },
      { cityA: 'reykjavik', cityB: 'reykjavik', tier: 'SISTER', source: 's' },
      { cityA: 'reykjavik', cityB: 'el-dorado', tier: 'SISTER', source: 's' },
    ],
    meetings: [{ official: 'kyong-yul-lee', with: 'won-soon-park', on: '2019-02-29', source: 's' }],
    offices: [{ official: 'kyong-yul-lee', targetLabel: 'Nation', target: 'seoul', title: 'Envoy', source: 's' }],
  };
  const before = await api.store.counts();
  const { data, errors } = await importAs(TOKENS.admin, broken);
  expect(data).toBeNull();
  expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(errors![0].message).toMatch(/^The import has 9 problems; nothing was written\. First: nations\[1\]\.code: /);
  const problems = errors![0].extensions.problems.map((p: any) => `${p.section}[${p.index}].${p.field}: ${p.message}`);
  expect(problems).toEqual([
    expect.stringMatching(/^nations\[1\]\.code: code must be an ISO 3166-1 alpha-2 code/),
    expect.stringMatching(/^nations\[1\]\.name: name must be 1 to 200/),
    'cities[1].nation: unknown nation "AQ": it is neither in this import nor in the graph',
    'cities[2].null: city "reykjavik" is already in cities[0]',
    'partnerships[1].null: the partnership of "seoul" and "reykjavik" is already in partnerships[0]',
    expect.stringMatching(/^partnerships\[2\]\.cityB: a city cannot be partnered with itself/),
    'partnerships[3].cityB: unknown city "el-dorado": it is neither in this import nor in the graph',
    expect.stringMatching(/^meetings\[0\]\.on: on must be a real date/),
    expect.stringMatching(/^offices\[0\]\.target: target must be the ISO 3166-1 alpha-2 code of the nation/),
  ]);
  expect(errors![0].extensions.problemCount).toBe(9);
  expect(await api.store.counts()).toEqual(before);
});

test('a dry run returns the problems instead of failing, with the counts of the valid records', async () => {
  const { data, errors } = await importAs(TOKENS.editor, { cities: [{ id: 'oslo', name: 'Oslo', kind: 'CITY', nation: 'NO', source: 's' }, SEOUL] }, true);
  expect(errors).toBeUndefined();
  expect(data.importGraph).toMatchObject({ dryRun: true, applied: false, problemCount: 1, cities: { created: 0, updated: 0, unchanged: 1 } });
  expect(data.importGraph.problems).toEqual([{ section: 'cities', index: 0, field: 'nation', message: 'unknown nation "NO": it is neither in this import nor in the graph' }]);
});

test('problems are listed up to 100, and all are counted', async () => {
  const cities = Array.from({ length: 150 }, (_, i) => ({ id: `City ${i}`, name: 'x', kind: 'CITY', nation: 'KR', source: 's' }));
  const { errors } = await importAs(TOKENS.admin, { cities });
  expect(errors![0].extensions.problems).toHaveLength(100);
  expect(errors![0].extensions.problemCount).toBe(150);
  expect(errors![0].extensions.problems[99]).toMatchObject({ section: 'cities', index: 99, field: 'id' });
});

test('an import needs the admin role, a dry run the editor role; no credential is UNAUTHENTICATED', async () => {
  const before = await api.store.counts();
  const input = { nations: [{ code: 'IS', name: 'Iceland', source: 's' }] };
  expect((await importAs(TOKENS.editor, input)).errors![0]).toMatchObject({ message: 'importGraph needs the admin role; alice has the editor role', extensions: { code: 'FORBIDDEN' } });
  expect((await importAs(undefined, input, true)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  expect((await importAs(TOKENS.editor, input, true)).data.importGraph.nations).toEqual({ created: 1, updated: 0, unchanged: 0 });
  expect(await api.store.counts()).toEqual(before);
});
