// networkMetrics and communities through GraphQL on the seeded graph: rankings, filters, caps and bad input.
import fs from 'node:fs';
import path from 'node:path';
import { rankKey } from '../../src/services/analytics/analytics-service';
import { createHarness, type GraphQLHarness } from '../support/graphql';
import { report, seed } from '../support/seed-oracle';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/networkx-metrics.json'), 'utf8'));
/** Every relationship type, the default `via`: the diplomacy network's six and the report's eight. */
const ALL = 'SISTER_OF,LOCATED_IN,MEMBER_OF,HOSTS,MET_WITH,HOLDS_OFFICE,SHARES,RECEIVES,RANKED,HELD_IN,ORGANIZED_BY,PART_OF,DISCUSSED,ABOUT';
const NETWORK = 'SISTER_OF,LOCATED_IN,MEMBER_OF,HOSTS,MET_WITH,HOLDS_OFFICE';

let api: GraphQLHarness;
beforeAll(async () => {
  api = await createHarness();
});
afterAll(() => api.close());

const codeOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.code;

const METRICS = `query ($via: [RelationshipType!], $top: Int, $label: NodeLabel) {
  networkMetrics(via: $via, top: $top, label: $label) {
    via graphVersion nodeCount edgeCount
    byDegree { id label name degree degreeCentrality }
    byBetweenness { id betweenness }
    byCloseness { id closeness }
    byPageRank { id pageRank }
  } }`;

/** The fixture's top `n` node ids by a metric (ties by id), as the API ranks them. */
function expectedTop(selection: string, metric: string, n: number, only?: (id: string) => boolean): string[] {
  return Object.entries<number>(fixture.selections[selection][metric])
    .filter(([id]) => !only || only(id))
    .sort(([a, x], [b, y]) => rankKey(y) - rankKey(x) || (a < b ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}

describe('networkMetrics', () => {
  test('ranks the whole network by each measure, as NetworkX does', async () => {
    const { data, errors } = await api.execute(METRICS, { top: 10 });
    expect(errors).toBeUndefined();
    const m = data.networkMetrics;
    expect(m.via).toEqual(ALL.split(','));
    // Every node of the seed (each has a relationship) and one edge per linked pair.
    expect([m.nodeCount, m.edgeCount]).toEqual([fixture.selections[ALL].nodeCount, fixture.selections[ALL].edgeCount]);
    expect(m.nodeCount).toBe(seed.cities.length + seed.nations.length + seed.organizations.length + seed.officials.length +
      report.policyProjects.length + report.rankings.length + report.events.length + report.statedFigures.length);
    expect(m.byDegree[0]).toMatchObject({ id: 'seoul', label: 'CITY', name: 'Seoul' });
    expect(m.byDegree.map((n: any) => n.id)).toEqual(expectedTop(ALL, 'degreeCentrality', 10));
    expect(m.byBetweenness.map((n: any) => n.id)).toEqual(expectedTop(ALL, 'betweenness', 10));
    expect(m.byCloseness.map((n: any) => n.id)).toEqual(expectedTop(ALL, 'closeness', 10));
    expect(m.byPageRank.map((n: any) => n.id)).toEqual(expectedTop(ALL, 'pageRank', 10));
    expect(m.byDegree[0].degreeCentrality).toBeCloseTo(m.byDegree[0].degree / (m.nodeCount - 1), 15);
  });

  test("leaves the report out when asked: the diplomacy network's six types, as NetworkX ranks it", async () => {
    const { data, errors } = await api.execute(METRICS, { top: 10, via: NETWORK.split(',') });
    expect(errors).toBeUndefined();
    const m = data.networkMetrics;
    expect([m.nodeCount, m.edgeCount]).toEqual([fixture.selections[NETWORK].nodeCount, fixture.selections[NETWORK].edgeCount]);
    expect(m.byPageRank.map((n: any) => n.id)).toEqual(expectedTop(NETWORK, 'pageRank', 10));
    expect(m.byBetweenness.map((n: any) => n.id)).toEqual(expectedTop(NETWORK, 'betweenness', 10));
  });

  test('via and label: the top cities of the membership network', async () => {
    const { data } = await api.execute(METRICS, { via: ['MEMBER_OF', 'HOSTS'], top: 5, label: 'CITY' });
    const m = data.networkMetrics;
    expect(m.via).toEqual(['MEMBER_OF', 'HOSTS']);
    expect(m.byDegree).toHaveLength(5);
    expect(m.byDegree.every((n: any) => n.label === 'CITY')).toBe(true);
    const cities = new Set<string>(JSON.parse(fs.readFileSync(path.join(__dirname, '../../seed/graph.json'), 'utf8')).cities.map((c: any) => c.id));
    expect(m.byBetweenness.map((n: any) => n.id)).toEqual(expectedTop('MEMBER_OF,HOSTS', 'betweenness', 5, (id) => cities.has(id)));
  });

  test('duplicates in via count once, in the canonical order', async () => {
    const { data } = await api.execute(`{ networkMetrics(via: [MEMBER_OF, SISTER_OF, MEMBER_OF], top: 1) { via nodeCount } }`);
    expect(data.networkMetrics).toEqual({ via: ['SISTER_OF', 'MEMBER_OF'], nodeCount: fixture.selections['SISTER_OF,MEMBER_OF'].nodeCount });
  });

  test('top is capped at 100 and must be positive; via must not be empty; unknown types fail validation', async () => {
    const over = await api.execute(METRICS, { top: 101 });
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].message).toMatch(/top must be at most 100/);
    expect(codeOf(await api.execute(METRICS, { top: 0 }))).toBe('BAD_USER_INPUT');
    const empty = await api.execute(METRICS, { via: [] });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].message).toMatch(/via must name at least one relationship type/);
    const unknown = await api.execute(`{ networkMetrics(via: [FRIEND_OF]) { nodeCount } }`);
    expect(codeOf(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('communities', () => {
  const QUERY = `query ($via: [RelationshipType!], $label: NodeLabel) { communities(via: $via, label: $label) {
    via graphVersion nodeCount edgeCount modularity communities { id size members { id label name } } } }`;

  test('every node of the network in exactly one community, largest first', async () => {
    const { data, errors } = await api.execute(QUERY, { via: ['SISTER_OF', 'MEMBER_OF'] });
    expect(errors).toBeUndefined();
    const c = data.communities;
    const members = c.communities.flatMap((x: any) => x.members.map((m: any) => m.id));
    expect(members.length).toBe(c.nodeCount);
    expect(new Set(members).size).toBe(c.nodeCount);
    expect(c.communities.map((x: any) => x.id)).toEqual(c.communities.map((_: unknown, i: number) => i));
    expect(c.communities.map((x: any) => x.size)).toEqual([...c.communities.map((x: any) => x.size)].sort((a: number, b: number) => b - a));
    expect(c.modularity).toBeGreaterThan(0.3);
    // The same graph gives the same communities (a fixed seed).
    expect((await api.execute(QUERY, { via: ['SISTER_OF', 'MEMBER_OF'] })).data).toEqual(data);
  });

  test('label lists only members with that label, every one of them; sizes still count every member', async () => {
    const full = (await api.execute(QUERY, {})).data.communities;
    const { data } = await api.execute(QUERY, { label: 'ORGANIZATION' });
    const c = data.communities;
    // Each community lists exactly its organizations, in the same order as the unfiltered answer.
    expect(c.communities.map((x: any) => x.members)).toEqual(full.communities.map((x: any) => x.members.filter((m: any) => m.label === 'ORGANIZATION')));
    const organizations = c.communities.flatMap((x: any) => x.members.map((m: any) => m.id));
    expect(organizations.sort()).toEqual(seed.organizations.map((o) => o.id).sort());
    expect(c.communities.map((x: any) => x.size)).toEqual(full.communities.map((x: any) => x.size));
    expect(c.communities.reduce((sum: number, x: any) => sum + x.size, 0)).toBe(c.nodeCount);
  });
});

test('a write moves graphVersion and the metrics are recomputed', async () => {
  const q = `{ networkMetrics(via: [SISTER_OF], top: 1) { graphVersion edgeCount byBetweenness { id betweenness } } }`;
  const before = (await api.execute(q)).data.networkMetrics;
  expect(before.byBetweenness[0]).toEqual({ id: 'seoul', betweenness: 1 });
  await api.store.run('city/merge-partnerships', { rows: [{ cityA: 'paris', cityB: 'berlin', tier: 'SISTER', since: null, source: 'test' }], updatedAt: null });
  const after = (await api.execute(q)).data.networkMetrics;
  expect(after.graphVersion).toBe(before.graphVersion + 1);
  expect(after.edgeCount).toBe(before.edgeCount + 1);
  expect(after.byBetweenness[0].betweenness).toBeLessThan(1);
});
