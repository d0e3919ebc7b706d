// Which operations need the graph's degree figures to be costed: only those with a relationship list to size or a
// neighbourhood to price (and what it costs: the relationships it can read). The
// others (`{ __typename }`, pages, lookups) are costed at once, even while the first figures are still being read
// (seconds at a million relationships), so they never wait for them.
import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { createSchema } from '../../src/graphql/schema';
import { graphEstimator, nestedFields } from '../../src/server/cost';
import { anchoredLists } from '../../src/server/list-sizes';
import type { DegreeSnapshot } from '../../src/services/degree-stats';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function cost(query: string, stats?: DegreeSnapshot): { cost: number; unsized: number } {
  const document = parse(query);
  let unsized = 0;
  const value = getComplexity({ schema, query: document, variables: {}, estimators: [graphEstimator(stats, nestedFields(schema, document), () => unsized++)] });
  return { cost: value, unsized };
}

test('operations without a relationship list are costed without the figures', () => {
  for (const query of [
    '{ __typename }',
    '{ city(id: "seoul") { id name } }',
    '{ cities(first: 100) { edges { node { id name } } } }',
  ]) {
    expect([query, cost(query).unsized]).toEqual([query, 0]);
  }
});

test('a relationship list without figures is reported, and sized from the figures once they are read', () => {
  const query = '{ city(id: "seoul") { partners { city { partners { city { id } } } } } }';
  expect(cost(query).unsized).toBe(2);
  const stats: DegreeSnapshot = { version: 1, figures: new Map([['SISTER_OF:both', { max: 400, high: 5, total: 2000 }]]) };
  const sized = cost(query, stats);
  expect(sized.unsized).toBe(0);
  // Each field 1 plus its children; the outer list is the hub's size (max), the inner one repeats for each of its
  // items (95th percentile): city 1 + partners (1 + 400 × (city 1 + partners (1 + 5 × (city 1 + id 1)))).
  expect(sized.cost).toBe(1 + (1 + 400 * (1 + (1 + 5 * (1 + 1)))));
});

describe('lists hanging off a node the operation names', () => {
  const anchored = (query: string, variables: Record<string, unknown> = {}) =>
    [...anchoredLists(schema, parse(query), variables)].map(([node, list]) => [node.name.value, list.label, list.key, list.type, list.side]);

  test('the lists directly under a root field that names a node, and a root field that is such a list', () => {
    expect(anchored('{ city(id: "seoul") { name partners { city { partners { city { id } } } } memberships { since } } }')).toEqual([
      ['partners', 'City', 'seoul', 'SISTER_OF', 'both'],
      ['memberships', 'City', 'seoul', 'MEMBER_OF', 'out'],
    ]);
    expect(anchored('query($c: ID!) { partnersSharingOrganizations(cityId: $c) { partner { id } } }', { c: 'x' })).toEqual([
      ['partnersSharingOrganizations', 'City', 'x', 'SISTER_OF', 'both'],
    ]);
    expect(anchored('{ nation(code: "KR") { cities { id } } o: organization(id: "wego") { members { city { id } } } }')).toEqual([
      ['cities', 'Nation', 'KR', 'LOCATED_IN', 'in'],
      ['members', 'Organization', 'wego', 'MEMBER_OF', 'in'],
    ]);
  });

  test('lists in fragments, under fields that name no node, or with a key that cannot be read are not anchored', () => {
    expect(anchored('{ city(id: "seoul") { ...P } } fragment P on City { partners { city { id } } }')).toEqual([]);
    expect(anchored('{ node(id: "seoul") { ... on City { partners { city { id } } } } }')).toEqual([]);
    expect(anchored('query($c: ID!) { city(id: $c) { partners { city { id } } } }', {})).toEqual([]);
  });
});

describe('a neighbourhood is priced by the relationships it can read', () => {
  // The figures of bench:load's synthetic network (10,000 cities, 100,000 relationships; bench/synthetic.ts), either way.
  const figures = (entries: [string, number, number, number][]): DegreeSnapshot => ({
    version: 1,
    figures: new Map(entries.map(([pair, high, max, total]) => [pair, { high, max, total }])),
  });
  const benchmark = figures([
    ['SISTER_OF:both', 14, 355, 71_200],
    ['MEMBER_OF:both', 10, 5_011, 106_800],
    ['LOCATED_IN:both', 1, 84, 20_000],
    ['HOSTS:both', 5, 10, 2_000],
  ]);
  const aliases = (n: number, args: string) => `{ ${Array.from({ length: n }, (_, i) => `n${i}: neighborhood(id: "c${i}", ${args}) { nodes { id } }`).join(' ')} }`;

  test('fifteen aliased neighbourhoods of depth 3 and 1,000 nodes cost far above the limit; one of them, or an ordinary one, does not', () => {
    const attack = cost(aliases(15, 'depth: 3, limit: 1000'), benchmark).cost;
    expect(attack).toBeGreaterThan(5 * 20_000);
    // Their answers alone (1,051 each, what they cost before) would fit under the limit: the reads are what refuses them.
    expect(attack).toBe(15 * cost(aliases(1, 'depth: 3, limit: 1000'), benchmark).cost);
    expect(cost(aliases(1, 'depth: 3, limit: 1000'), benchmark).cost).toBeLessThan(20_000);
    expect(cost(aliases(1, 'depth: 2'), benchmark).cost).toBeLessThan(2_500);
  });

  test('reads grow with depth, limit and the types followed, and never exceed what the followed relationships give', () => {
    const of = (args: string, stats = benchmark) => cost(aliases(1, args), stats).cost;
    expect(of('depth: 1')).toBeLessThan(of('depth: 2'));
    expect(of('depth: 2')).toBeLessThan(of('depth: 3'));
    expect(of('depth: 3')).toBeLessThan(of('depth: 3, limit: 1000'));
    expect(of('depth: 3, limit: 1000, via: [SISTER_OF]')).toBeLessThan(of('depth: 3, limit: 1000'));
    // A small graph: 40 relationships in all, read three times at most (12 units), whatever the depth and limit.
    const small = figures([['SISTER_OF:both', 40, 40, 80]]);
    expect(of('depth: 3, limit: 1000', small)).toBe(1 + Math.ceil((21 * 1000) / 20) + 12);
  });

  test('without the figures the neighbourhood waits for them', () => {
    expect(cost(aliases(1, 'depth: 2')).unsized).toBe(1);
  });
});
