// The ten analyst questions of examples/analyst-questions.ts (listed in seed/NOTES.md), each one GraphQL query, run
// on the seeded graph. The expected answers come from the report's text (quoted here) and, for distances, from
// published great-circle distances, not from the code under test.
import { ANALYST_QUESTIONS } from '../../examples/analyst-questions';
import { createHarness, type GraphQLHarness } from '../support/graphql';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

async function answer(index: number): Promise<any> {
  const { data, errors } = await api.execute(ANALYST_QUESTIONS[index].query);
  expect(errors).toBeUndefined();
  return data;
}
const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map((e) => e.node);

test('there are ten questions, each one query', () => {
  expect(ANALYST_QUESTIONS).toHaveLength(10);
  for (const q of ANALYST_QUESTIONS) expect(q.query.trim().startsWith('{')).toBe(true);
});

test("1. Manila received three of Seoul's cases: the ITS, the light rail transit and the LED streetlights", async () => {
  // "Manila (Philippines) Intelligent Transportation System", "Light Rail Transit of Manila, Philippines",
  // "Installation of LED Streetlights in Manila, Philippines".
  const { city } = await answer(0);
  expect(city.policyProjectsReceived.map((p: any) => [p.sector, p.title]).sort()).toEqual([
    ['ENVIRONMENT', 'Installation of LED Streetlights in Manila, Philippines'],
    ['TRANSPORTATION', 'Manila (Philippines) Intelligent Transportation System'],
    ['URBAN_RAILWAY', 'Light Rail Transit of Manila, Philippines'],
  ]);
  expect(city.policyProjectsReceived.every((p: any) => p.sharedBy.map((c: any) => c.name).join() === 'Seoul')).toBe(true);
});

test('2. the four African partners of the table\'s "Africa (4)" row', async () => {
  const { cities } = await answer(1);
  expect(cities.totalCount).toBe(4);
  expect(nodes(cities).map((c) => `${c.name} (${c.nation.name})`).sort()).toEqual(['Addis Ababa (Ethiopia)', 'Cairo (Egypt)', 'City of Tshwane (South Africa)', 'Maputo (Mozambique)']);
  for (const c of nodes(cities)) expect(c.partners.map((p: any) => p.city.id)).toContain('seoul');
});

test('3. Global Power City Index: 6th, for 4 consecutive years; the UIA rank keeps the report\'s contradiction', async () => {
  const { rankings } = await answer(2);
  expect(rankings.find((r: any) => r.index.startsWith('Global Power City Index'))).toMatchObject({ rank: 6, detail: 'for 4 consecutive years' });
  expect(rankings).toHaveLength(6);
  expect(rankings.find((r: any) => r.note !== null).note).toMatch(/top 3/);
});

test('4. transportation: 22 cases stated, 3 named (a card system, an ITS, a technical advice)', async () => {
  const data = await answer(3);
  expect(data.policySectors.find((s: any) => s.sector === 'TRANSPORTATION')).toEqual({ sector: 'TRANSPORTATION', statedCases: 22, namedCases: 3 });
  expect(data.policyProjects.totalCount).toBe(3);
  expect(nodes(data.policyProjects).map((p) => `${p.category}: ${p.recipients.map((r: any) => r.name).join()}`).sort()).toEqual([
    'transportation card: Bangkok',
    'transportation information center: Manila',
    'transportation plan: Colombo',
  ]);
});

test('5. 30 organizations in Seoul (16 intergovernmental, 7 quasi-governmental, 7 NGOs), 5 of each named', async () => {
  const { statedFigures } = await answer(4);
  expect(statedFigures.map((f: any) => [f.category, f.value, f.namedCount])).toEqual([
    [null, 30, 15],
    ['INTERGOVERNMENTAL', 16, 5],
    ['INTERNATIONAL_NGO', 7, 5],
    ['QUASI_GOVERNMENTAL', 7, 5],
  ]);
  expect(statedFigures.find((f: any) => f.category === 'INTERNATIONAL_NGO').note).toMatch(/6 organizations/);
});

test('6. the partners sharing organizations with Seoul: 15, Berlin through Metropolis and ICLEI', async () => {
  const { partnersSharingOrganizations: rows } = await answer(5);
  expect(rows).toHaveLength(15);
  const berlin = rows.find((r: any) => r.partner.name === 'Berlin');
  // Metropolis lists "Paris, Berlin, Cairo"; ICLEI "LA, New York, Berlin, Rome".
  expect(berlin.organizations.map((o: any) => o.name).sort()).toEqual(['International Council for Local Environmental Initiatives (ICLEI) for sustainability', 'World Association of the Major Metropolises']);
});

test('7. Kazakhstan: a partnership with Kazakh cities, Akol, and the economic forum in the capital in May', async () => {
  const { official } = await answer(6);
  expect(official.meetings).toHaveLength(1);
  const [meeting] = official.meetings;
  expect(meeting).toMatchObject({ on: '2019-04', with: { name: 'Kyong-yul Lee' } });
  expect(meeting.mentions.map((m: any) => `${m.__typename}: ${m.name}`).sort()).toEqual(['City: Akol', 'Event: Economic forum in the capital of Kazakhstan']);
});

test('8. the Promise of Seoul (April 2015, ICLEI World Congress) and the Seoul Declaration (November 2013, GSEF)', async () => {
  const { events } = await answer(7);
  const summary = events.map((e: any) => ({ name: e.name, on: e.on, at: e.links.filter((l: any) => l.__typename === 'Event').map((l: any) => l.name), by: e.links.filter((l: any) => l.__typename === 'City').map((l: any) => l.name) }));
  expect(summary).toEqual([
    { name: 'Seoul Declaration', on: '2013-11', at: ['Global Social Economy Forum (GSEF)'], by: ['Seoul'] },
    { name: 'Promise of Seoul', on: '2015-04', at: ['ICLEI World Congress'], by: ['Seoul'] },
  ]);
});

test('9. distances to the sister cities: Beijing about 955 km, Tokyo about 1,160 km, Paris about 8,970 km', async () => {
  const { city } = await answer(8);
  const km = new Map(city.partners.map((p: any) => [p.city.name, p.distanceKm]));
  expect(city.partners).toHaveLength(23);
  // Published great-circle distances between the city centres (rounded); GeoNames points differ by a few km.
  for (const [name, published] of [['Beijing', 955], ['Tokyo', 1160], ['Paris', 8970]] as const) {
    expect(Math.abs((km.get(name) as number) - published) / published).toBeLessThan(0.01);
  }
  // New South Wales is a state: no point, no distance.
  expect(km.get('New South Wales')).toBeNull();
  expect(city.partners.find((p: any) => p.city.name === 'Beijing').city.location.source).toMatch(/geonames/i);
});

test('10. Vietnam: policy advice on PPPs to Ho Chi Minh and strategic consulting to Da Nang', async () => {
  const { policyProjects } = await answer(9);
  expect(policyProjects.totalCount).toBe(2);
  expect(nodes(policyProjects).map((p) => `${p.recipients[0].name}: ${p.title}`).sort()).toEqual([
    'Da Nang: Strategic Consulting for Urban Development of Da Nang, Vietnam',
    'Ho Chi Minh: Policy Advice on Public-Private Partnerships of Ho Chi Minh, Vietnam',
  ]);
});
