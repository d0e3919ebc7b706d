// Every mutation on the seeded Seoul graph: its success path and its rejections (validation, auth, not found,
// conflict), with the graph's counts by label and type checked unchanged after every rejected write.
import { Writable } from 'node:stream';
import pino from 'pino';
import { readSeed } from '../../src/seed/seed';
import { createHarness, TOKENS, type GraphQLHarness } from '../support/graphql';

const seed = readSeed();
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let api: GraphQLHarness;
const logLines: string[] = [];
beforeAll(async () => {
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(chunk.toString()), done()) });
  api = await createHarness({ writers: true, logger: pino({ level: 'info' }, sink) });
});
afterAll(() => api.close());

/** Runs a write that must succeed; returns its data. */
async function ok(query: string, variables: Record<string, unknown> = {}, token: string = TOKENS.editor) {
  const { data, errors } = await api.execute(query, variables, { token });
  expect(errors).toBeUndefined();
  return data;
}

/** Runs a write that must be refused (`token` null: sent without one); checks the graph's counts are unchanged. */
async function refused(query: string, variables: Record<string, unknown> = {}, token: string | null = TOKENS.editor) {
  const before = await api.store.counts();
  const { data, errors } = await api.execute(query, variables, { token: token ?? undefined });
  expect(errors).toHaveLength(1);
  expect(data === null || Object.values(data ?? {}).every((v) => v === null)).toBe(true);
  expect(await api.store.counts()).toEqual(before);
  return { code: errors![0].extensions.code as string, message: errors![0].message as string, extensions: errors![0].extensions };
}

const read = (query: string, variables: Record<string, unknown> = {}) => api.execute(query, variables).then((r) => r.data);

const UPSERT_CITY = `mutation ($input: CityInput!) { upsertCity(input: $input) { id name kind source updatedAt nation { code } } }`;
const city = (overrides: Record<string, unknown> = {}) => ({ id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 'https://example.org/lyon', ...overrides });

describe('who may write', () => {
  test('reads need no credential', async () => {
    const { data, errors } = await api.execute(`{ city(id: "seoul") { name } }`);
    expect(errors).toBeUndefined();
    expect(data.city.name).toBe('Seoul');
  });

  test('no credential, or a bad one: UNAUTHENTICATED, checked before the input (invalid input does not leak through)', async () => {
    expect(await refused(UPSERT_CITY, { input: city() }, null)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/Authorization: Bearer/) });
    expect(await refused(UPSERT_CITY, { input: city({ id: 'Not A Slug' }) }, null)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(UPSERT_CITY, { input: city() }, 'not-a-known-token-0123456789')).toMatchObject({ code: 'UNAUTHENTICATED', message: 'The bearer token is not valid' });
  });

  test('deletions need the admin role: FORBIDDEN for an editor', async () => {
    const result = await refused(`mutation { deleteCity(input: { id: "seoul", detach: true, source: "s" }) { id } }`);
    expect(result).toEqual({ code: 'FORBIDDEN', message: 'deleteCity needs the admin role; alice has the editor role', extensions: { code: 'FORBIDDEN' } });
  });

  test('a read-only server (no credential configured) refuses every mutation with FORBIDDEN, saying why', async () => {
    const readOnly = await createHarness();
    try {
      const before = await readOnly.store.counts();
      const { errors } = await readOnly.execute(UPSERT_CITY, { input: city() }, { token: TOKENS.admin });
      expect(errors![0].extensions.code).toBe('FORBIDDEN');
      expect(errors![0].message).toMatch(/read-only: no write credentials are configured/);
      expect(await readOnly.store.counts()).toEqual(before);
    } finally {
      await readOnly.close();
    }
  });

  test('every write attempt is audited (who, operation, ids, source, outcome), never with the token', async () => {
    logLines.length = 0;
    await ok(UPSERT_CITY, { input: city({ id: 'audit-town', name: 'Audit Town' }) });
    await refused(UPSERT_CITY, { input: city({ id: 'audit-town', nation: 'AQ' }) });
    await refused(`mutation { deleteCity(input: { id: "audit-town", source: "s" }) { id } }`);
    await refused(UPSERT_CITY, { input: city() }, 'not-a-known-token-0123456789');
    const audit = logLines.map((l) => JSON.parse(l)).filter((l) => l.audit);
    expect(audit.map((l) => [l.operation, l.who, l.outcome, l.code])).toEqual([
      ['upsertCity', 'alice', 'ok', undefined],
      ['upsertCity', 'alice', 'rejected', 'NOT_FOUND'],
      ['deleteCity', undefined, 'denied', 'FORBIDDEN'],
      ['upsertCity', undefined, 'denied', 'UNAUTHENTICATED'],
    ]);
    expect(audit[0]).toMatchObject({ role: 'editor', via: 'api-token', ids: ['audit-town', 'FR'], source: 'https://example.org/lyon', level: 30 });
    const text = logLines.join('\n');
    for (const token of [TOKENS.editor, TOKENS.admin, 'not-a-known-token-0123456789']) expect(text).not.toContain(token);
  });
});

describe('upsertNation', () => {
  const UPSERT = `mutation ($input: NationInput!) { upsertNation(input: $input) { code name source updatedAt cities { id } } }`;

  test('creates, then updates by code, stamping updatedAt', async () => {
    const created = await ok(UPSERT, { input: { code: 'IS', name: '  Iceland ', source: 'https://www.iso.org/obp/ui/#iso:code:3166:IS' } });
    expect(created.upsertNation).toMatchObject({ code: 'IS', name: 'Iceland', cities: [] });
    expect(created.upsertNation.updatedAt).toMatch(ISO_DATETIME);
    const before = await api.store.counts();
    const updated = await ok(UPSERT, { input: { code: 'IS', name: 'Republic of Iceland', source: 'editorial' } });
    expect(updated.upsertNation).toMatchObject({ name: 'Republic of Iceland', source: 'editorial' });
    expect(await api.store.counts()).toEqual(before);
  });

  test.each([
    [{ code: 'fr' }, /code must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR", got "fr"/],
    [{ code: 'ZZ' }, /got "ZZ"/],
    [{ code: 'XK' }, /got "XK"/],
    [{ name: '   ' }, /name must be 1 to 200 characters long \(after trimming\)/],
    [{ name: 'x'.repeat(201) }, /name must be 1 to 200/],
    [{ source: '' }, /source must be 1 to 500/],
  ])('%j is BAD_USER_INPUT', async (override, message) => {
    const result = await refused(UPSERT, { input: { code: 'NO', name: 'Norway', source: 's', ...override } });
    expect(result.code).toBe('BAD_USER_INPUT');
    expect(result.message).toMatch(message);
  });
});

describe('upsertCity', () => {
  test('creates a city located in its nation, with trimmed strings and its source', async () => {
    const before = await api.store.counts();
    const data = await ok(UPSERT_CITY, { input: city({ name: '  Lyon\t' }) });
    expect(data.upsertCity).toMatchObject({ id: 'lyon', name: 'Lyon', kind: 'CITY', source: 'https://example.org/lyon', nation: { code: 'FR' } });
    expect(data.upsertCity.updatedAt).toMatch(ISO_DATETIME);
    const after = await api.store.counts();
    expect(after.nodes.City).toBe(before.nodes.City + 1);
    expect(after.relationships.LOCATED_IN).toBe(before.relationships.LOCATED_IN + 1);
    expect((await read(`{ nation(code: "FR") { cities { id } } }`)).nation.cities.map((c: any) => c.id)).toContain('lyon');
  });

  test('updates by id; a new nation moves the city (still one LOCATED_IN)', async () => {
    await ok(UPSERT_CITY, { input: city({ id: 'mover', name: 'Mover' }) });
    const before = await api.store.counts();
    const data = await ok(UPSERT_CITY, { input: city({ id: 'mover', name: 'Mover City', kind: 'REGION', nation: 'DE' }) });
    expect(data.upsertCity).toMatchObject({ name: 'Mover City', kind: 'REGION', nation: { code: 'DE' } });
    expect(await api.store.counts()).toEqual(before);
    const fr = await read(`{ nation(code: "FR") { cities { id } } }`);
    expect(fr.nation.cities.map((c: any) => c.id)).not.toContain('mover');
  });

  test('an unknown nation is NOT_FOUND naming it, and an existing city is left as it was', async () => {
    const result = await refused(UPSERT_CITY, { input: city({ id: 'seoul', name: 'Renamed', nation: 'AQ' }) });
    expect(result).toMatchObject({ code: 'NOT_FOUND', message: 'Nation "AQ" was not found', extensions: { type: 'Nation', id: 'AQ' } });
    expect((await read(`{ city(id: "seoul") { name updatedAt nation { code } } }`)).city).toEqual({ name: 'Seoul', updatedAt: null, nation: { code: 'KR' } });
  });

  test('every invalid field is reported at once', async () => {
    const result = await refused(UPSERT_CITY, { input: city({ id: 'Lyon City', name: '', nation: 'France', source: ' ' }) });
    expect(result.code).toBe('BAD_USER_INPUT');
    for (const field of ['id must be a lowercase slug', 'name must be 1 to 200', 'nation must be an ISO 3166-1', 'source must be 1 to 500']) {
      expect(result.message).toContain(field);
    }
  });

  test.each(['-lyon', 'lyon-', 'ly--on', 'lyon_2', 'é', 'a'.repeat(101)])('the id %j is not a slug', async (id) => {
    expect((await refused(UPSERT_CITY, { input: city({ id }) })).code).toBe('BAD_USER_INPUT');
  });

  test('an unknown kind is refused by the schema', async () => {
    expect((await refused(UPSERT_CITY, { input: city({ kind: 'VILLAGE' }) })).code).toBe('BAD_USER_INPUT');
  });
});

describe('upsertOrganization and upsertOfficial', () => {
  const ORG = `mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { id name acronym category memberSummary purpose source updatedAt } }`;
  const OFFICIAL = `mutation ($input: OfficialInput!) { upsertOfficial(input: $input) { id name title source updatedAt } }`;

  test('an organization is written whole: optional fields left out are cleared', async () => {
    const full = { id: 'eurocities', name: 'Eurocities', acronym: 'EC', category: 'QUASI_GOVERNMENTAL', memberSummary: '200 cities', purpose: 'Cities of Europe', source: 'https://eurocities.eu' };
    expect((await ok(ORG, { input: full })).upsertOrganization).toMatchObject(full);
    const updated = (await ok(ORG, { input: { id: 'eurocities', name: 'EUROCITIES', source: 'editorial' } })).upsertOrganization;
    expect(updated).toMatchObject({ name: 'EUROCITIES', acronym: null, category: null, memberSummary: null, purpose: null, source: 'editorial' });
  });

  test('organization fields are length-capped', async () => {
    const result = await refused(ORG, { input: { id: 'o', name: 'O', acronym: 'A'.repeat(31), purpose: 'p'.repeat(2001), source: 's' } });
    expect(result.message).toMatch(/acronym must be 1 to 30.*purpose must be 1 to 2000/);
  });

  test('an official is created and updated by id', async () => {
    expect((await ok(OFFICIAL, { input: { id: 'jane-doe', name: 'Jane Doe', title: 'Mayor', source: 's' } })).upsertOfficial).toMatchObject({ id: 'jane-doe', title: 'Mayor' });
    expect((await ok(OFFICIAL, { input: { id: 'jane-doe', name: 'Jane Doe', title: 'Former Mayor', source: 's' } })).upsertOfficial.title).toBe('Former Mayor');
    expect((await refused(OFFICIAL, { input: { id: 'jane-doe', name: 'Jane Doe', title: '', source: 's' } })).message).toMatch(/title must be 1 to 200/);
  });
});

describe('linkPartners and unlinkPartners', () => {
  const LINK = `mutation ($input: PartnershipInput!) { linkPartners(input: $input) { id partners { tier since source updatedAt city { id } } } }`;
  const UNLINK = `mutation ($input: PartnerPairInput!) { unlinkPartners(input: $input) { id partners { city { id } } } }`;
  const partnersOf = async (id: string) => (await read(`query ($id: ID!) { city(id: $id) { partners { city { id } } } }`, { id })).city.partners.map((p: any) => p.city.id);

  beforeAll(async () => {
    await ok(UPSERT_CITY, { input: city({ id: 'marseille', name: 'Marseille' }) });
  });

  test('links two cities once, visible from both sides', async () => {
    const data = await ok(LINK, { input: { cityA: 'marseille', cityB: 'seoul', tier: 'FRIENDSHIP', since: 2005, source: 'https://example.org/agreement' } });
    const link = data.linkPartners.partners.find((p: any) => p.city.id === 'seoul');
    expect(link).toMatchObject({ tier: 'FRIENDSHIP', since: 2005, source: 'https://example.org/agreement' });
    expect(link.updatedAt).toMatch(ISO_DATETIME);
    expect(await partnersOf('seoul')).toContain('marseille');
  });

  test('the same pair again, in either order, is CONFLICT', async () => {
    for (const [cityA, cityB] of [['marseille', 'seoul'], ['seoul', 'marseille']]) {
      const result = await refused(LINK, { input: { cityA, cityB, tier: 'SISTER', source: 's' } });
      expect(result.code).toBe('CONFLICT');
      expect(result.message).toMatch(/are partners already \(FRIENDSHIP since 2005\)/);
    }
  });

  test('a city with itself, a future or implausible year: BAD_USER_INPUT; unknown cities: NOT_FOUND naming both', async () => {
    expect((await refused(LINK, { input: { cityA: 'seoul', cityB: 'seoul', tier: 'SISTER', source: 's' } })).message).toMatch(/cannot be partnered with itself/);
    const nextYear = new Date().getUTCFullYear() + 1;
    expect((await refused(LINK, { input: { cityA: 'marseille', cityB: 'paris', tier: 'SISTER', since: nextYear, source: 's' } })).message).toMatch(new RegExp(`since must be a year from 1800 to ${nextYear - 1}, got ${nextYear}`));
    expect((await refused(LINK, { input: { cityA: 'marseille', cityB: 'paris', tier: 'SISTER', since: 1799, source: 's' } })).code).toBe('BAD_USER_INPUT');
    const missing = await refused(LINK, { input: { cityA: 'atlantis', cityB: 'el-dorado', tier: 'SISTER', source: 's' } });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'City "atlantis" and City "el-dorado" were not found' });
  });

  test('unlinks in either order; unlinking cities that are not partners is NOT_FOUND', async () => {
    const data = await ok(UNLINK, { input: { cityA: 'seoul', cityB: 'marseille', source: 'https://example.org/ended' } });
    expect(data.unlinkPartners.partners.map((p: any) => p.city.id)).not.toContain('marseille');
    expect(await partnersOf('marseille')).toEqual([]);
    expect(await refused(UNLINK, { input: { cityA: 'marseille', cityB: 'seoul', source: 's' } })).toMatchObject({ code: 'NOT_FOUND', message: 'City "marseille" and City "seoul" are not partners' });
    expect((await refused(UNLINK, { input: { cityA: 'marseille', cityB: 'atlantis', source: 's' } })).message).toBe('City "atlantis" was not found');
  });
});

describe('memberships and hosted offices', () => {
  const ADD = `mutation ($input: MembershipInput!) { addMembership(input: $input) { id memberships { since role source updatedAt organization { id } } } }`;
  const REMOVE = `mutation ($input: CityOrganizationInput!) { removeMembership(input: $input) { id memberships { organization { id } } } }`;
  const HOST = `mutation ($input: HostingInput!) { addHosting(input: $input) { id hostedOrganizations { office source organization { id } } } }`;
  const UNHOST = `mutation ($input: CityOrganizationInput!) { removeHosting(input: $input) { id hostedOrganizations { organization { id } } } }`;

  test('a membership is added once, then removed', async () => {
    const data = await ok(ADD, { input: { city: 'hanoi', organization: 'wego', since: 2010, role: ' member ', source: 's' } });
    expect(data.addMembership.memberships.find((m: any) => m.organization.id === 'wego')).toMatchObject({ since: 2010, role: 'member', source: 's' });
    expect((await refused(ADD, { input: { city: 'hanoi', organization: 'wego', source: 's' } })).message).toBe('City "hanoi" is a member of Organization "wego" already');
    const removed = await ok(REMOVE, { input: { city: 'hanoi', organization: 'wego', source: 's' } });
    expect(removed.removeMembership.memberships.map((m: any) => m.organization.id)).not.toContain('wego');
    expect(await refused(REMOVE, { input: { city: 'hanoi', organization: 'wego', source: 's' } })).toMatchObject({ code: 'NOT_FOUND', message: 'City "hanoi" is not a member of Organization "wego"' });
  });

  test('unknown city and organization are NOT_FOUND, both named', async () => {
    expect((await refused(ADD, { input: { city: 'atlantis', organization: 'nowhere-org', source: 's' } })).message).toBe('City "atlantis" and Organization "nowhere-org" were not found');
  });

  test('a hosted office is added once, then removed', async () => {
    const data = await ok(HOST, { input: { city: 'hanoi', organization: 'wego', office: 'Busan Office', source: 's' } });
    expect(data.addHosting.hostedOrganizations).toContainEqual({ office: 'Busan Office', source: 's', organization: { id: 'wego' } });
    expect((await refused(HOST, { input: { city: 'hanoi', organization: 'wego', source: 's' } })).code).toBe('CONFLICT');
    expect((await ok(UNHOST, { input: { city: 'hanoi', organization: 'wego', source: 's' } })).removeHosting.hostedOrganizations).toEqual([]);
    expect((await refused(UNHOST, { input: { city: 'hanoi', organization: 'wego', source: 's' } })).code).toBe('NOT_FOUND');
  });
});

describe('meetings and offices', () => {
  const MEET = `mutation ($input: MeetingInput!) { recordMeeting(input: $input) { id meetings { on topics source with { id } } } }`;
  const UNMEET = `mutation ($input: MeetingKeyInput!) { removeMeeting(input: $input) { id meetings { on with { id } } } }`;
  const ASSIGN = `mutation ($input: OfficeInput!) { assignOffice(input: $input) { id offices { title targetType source city { id } organization { id } nation { code } } } }`;
  const UNASSIGN = `mutation ($input: OfficeKeyInput!) { removeOffice(input: $input) { id offices { title } } }`;
  const lee = 'kyong-yul-lee';
  const other = seed.officials.find((o) => o.id !== lee && !seed.meetings.some((m) => [m.official, m.with].includes(o.id) && [m.official, m.with].includes(lee)))!.id;

  test('a meeting is recorded once per pair and date, seen from both officials, then removed', async () => {
    const data = await ok(MEET, { input: { official: lee, with: other, on: '2019-05-02', topics: [' smart cities ', 'WeGO membership'], source: 's' } });
    expect(data.recordMeeting.meetings).toContainEqual({ on: '2019-05-02', topics: ['smart cities', 'WeGO membership'], source: 's', with: { id: other } });
    const mirrored = await refused(MEET, { input: { official: other, with: lee, on: '2019-05-02', source: 's' } });
    expect(mirrored.code).toBe('CONFLICT');
    // Another date is another meeting.
    await ok(MEET, { input: { official: other, with: lee, on: '2019-06', source: 's' } });
    const removed = await ok(UNMEET, { input: { official: other, with: lee, on: '2019-05-02', source: 's' } });
    expect(removed.removeMeeting.meetings).toEqual([{ on: '2019-06', with: { id: lee } }]);
    expect((await refused(UNMEET, { input: { official: other, with: lee, on: '2019-05-02', source: 's' } })).code).toBe('NOT_FOUND');
  });

  test.each([
    ['2019-02-30', /on must be a real date/],
    ['2019-13', /on must be a real date/],
    ['2019-4-1', /on must be a real date/],
    ['1799-12-31', /on must be a real date/],
    [`${new Date().getUTCFullYear() + 1}-01-01`, /not in the future/],
  ])('the date %s is BAD_USER_INPUT', async (on, message) => {
    expect((await refused(MEET, { input: { official: lee, with: other, on, source: 's' } })).message).toMatch(message);
  });

  test('meeting oneself, or too many topics, is BAD_USER_INPUT; an unknown official NOT_FOUND', async () => {
    expect((await refused(MEET, { input: { official: lee, with: lee, on: '2019-01', source: 's' } })).message).toMatch(/cannot meet themselves/);
    expect((await refused(MEET, { input: { official: lee, with: other, on: '2019-01', topics: Array(21).fill('t'), source: 's' } })).message).toMatch(/at most 20 items/);
    expect((await refused(MEET, { input: { official: lee, with: 'nobody', on: '2019-01', source: 's' } })).message).toBe('Official "nobody" was not found');
  });

  test('offices in a city, an organization and a nation; the same one twice is CONFLICT', async () => {
    const data = await ok(ASSIGN, { input: { official: other, targetType: 'NATION', target: 'FR', title: 'Envoy', source: 's' } });
    expect(data.assignOffice.offices).toContainEqual({ title: 'Envoy', targetType: 'NATION', source: 's', city: null, organization: null, nation: { code: 'FR' } });
    await ok(ASSIGN, { input: { official: other, targetType: 'CITY', target: 'hanoi', title: 'Adviser', source: 's' } });
    expect((await refused(ASSIGN, { input: { official: other, targetType: 'NATION', target: 'FR', title: 'Envoy', source: 's' } })).code).toBe('CONFLICT');
    expect((await read(`{ city(id: "hanoi") { officials { title official { id } } } }`)).city.officials).toContainEqual({ title: 'Adviser', official: { id: other } });
    const removed = await ok(UNASSIGN, { input: { official: other, targetType: 'NATION', target: 'FR', title: 'Envoy', source: 's' } });
    expect(removed.removeOffice.offices.map((o: any) => o.title)).not.toContain('Envoy');
    expect((await refused(UNASSIGN, { input: { official: other, targetType: 'NATION', target: 'FR', title: 'Envoy', source: 's' } })).code).toBe('NOT_FOUND');
  });

  test('the target must suit its type; an unknown target is NOT_FOUND', async () => {
    expect((await refused(ASSIGN, { input: { official: other, targetType: 'NATION', target: 'seoul', title: 'T', source: 's' } })).message).toMatch(/target must be the ISO 3166-1 alpha-2 code of the nation/);
    expect((await refused(ASSIGN, { input: { official: other, targetType: 'CITY', target: 'FR', title: 'T', source: 's' } })).message).toMatch(/target must be the id \(a lowercase slug\)/);
    expect((await refused(ASSIGN, { input: { official: other, targetType: 'ORGANIZATION', target: 'nowhere-org', title: 'T', source: 's' } })).message).toBe('Organization "nowhere-org" was not found');
  });
});

describe('deletions', () => {
  const del = (what: string, id: string, detach = false) =>
    `mutation { ${what}(input: { id: "${id}", detach: ${detach}, source: "https://example.org/why" }) { type id relationshipsRemoved } }`;

  test('a city with relationships is not deleted without detach (CONFLICT listing them); with detach it goes with them', async () => {
    const seoulPartners = seed.partnerships.filter((p) => p.cityA === 'seoul' || p.cityB === 'seoul').length;
    const result = await refused(del('deleteCity', 'seoul'), {}, TOKENS.admin);
    expect(result.code).toBe('CONFLICT');
    expect(result.message).toMatch(new RegExp(`City "seoul" still has \\d+ relationships \\(.*SISTER_OF: ${seoulPartners}.*\\); pass detach: true`));
    expect(result.extensions.relationships.SISTER_OF).toBe(seoulPartners);
    expect(result.extensions.relationships.LOCATED_IN).toBeUndefined();

    await ok(UPSERT_CITY, { input: city({ id: 'doomed', name: 'Doomed' }) });
    await ok(`mutation { linkPartners(input: { cityA: "doomed", cityB: "paris", tier: SISTER, source: "s" }) { id } }`);
    const before = await api.store.counts();
    const data = await ok(del('deleteCity', 'doomed', true), {}, TOKENS.admin);
    expect(data.deleteCity).toEqual({ type: 'City', id: 'doomed', relationshipsRemoved: 2 });
    const after = await api.store.counts();
    expect(after.nodes.City).toBe(before.nodes.City - 1);
    expect(after.relationships.SISTER_OF).toBe(before.relationships.SISTER_OF - 1);
    expect((await read(`{ city(id: "doomed") { id } }`)).city).toBeNull();
  });

  test('a city that has only its nation is deleted without detach; an unknown one is NOT_FOUND', async () => {
    await ok(UPSERT_CITY, { input: city({ id: 'lonely', name: 'Lonely' }) });
    expect((await ok(del('deleteCity', 'lonely'), {}, TOKENS.admin)).deleteCity.relationshipsRemoved).toBe(1);
    expect(await refused(del('deleteCity', 'lonely'), {}, TOKENS.admin)).toMatchObject({ code: 'NOT_FOUND', message: 'City "lonely" was not found' });
  });

  test('a nation with cities, an organization with members, an official with offices: CONFLICT, then detach', async () => {
    expect((await refused(del('deleteNation', 'FR'), {}, TOKENS.admin)).message).toMatch(/Nation "FR" still has \d+ relationships \(.*LOCATED_IN/);
    expect((await refused(del('deleteOrganization', 'wego'), {}, TOKENS.admin)).message).toMatch(/Organization "wego" still has .*MEMBER_OF/);
    expect((await refused(del('deleteOfficial', 'kyong-yul-lee'), {}, TOKENS.admin)).message).toMatch(/Official "kyong-yul-lee" still has .*HOLDS_OFFICE/);

    await ok(`mutation { upsertOrganization(input: { id: "short-lived", name: "Short-lived", source: "s" }) { id } }`);
    await ok(`mutation { addMembership(input: { city: "hanoi", organization: "short-lived", source: "s" }) { id } }`);
    expect((await ok(del('deleteOrganization', 'short-lived', true), {}, TOKENS.admin)).deleteOrganization).toEqual({ type: 'Organization', id: 'short-lived', relationshipsRemoved: 1 });
    await ok(`mutation { upsertOfficial(input: { id: "temp-official", name: "Temp", title: "T", source: "s" }) { id } }`);
    expect((await ok(del('deleteOfficial', 'temp-official'), {}, TOKENS.admin)).deleteOfficial.relationshipsRemoved).toBe(0);
    await ok(`mutation { upsertNation(input: { code: "TV", name: "Tuvalu", source: "s" }) { code } }`);
    await ok(UPSERT_CITY, { input: city({ id: 'funafuti', name: 'Funafuti', nation: 'TV' }) });
    expect((await ok(del('deleteNation', 'TV', true), {}, TOKENS.admin)).deleteNation).toEqual({ type: 'Nation', id: 'TV', relationshipsRemoved: 1 });
    expect((await read(`{ city(id: "funafuti") { id nation { code } } }`)).city).toEqual({ id: 'funafuti', nation: null });
  });
});
