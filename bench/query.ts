// `npm run bench:query`: a benchmark, not a test. The query language on the synthetic network (bench/synthetic.ts,
// 10,000 cities and 100,000 relationships by default; BENCH_CITIES scales it): medians of several rounds of GraphQL
// operations in process, each a legacy list beside its query-language form, and the store queries each costs.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { openStore } from '../src/bootstrap';
import { createContext, type Context } from '../src/graphql/context';
import { createSchema } from '../src/graphql/schema';
import { silentLogger } from '../src/logger';
import { BENCH_SPEC, generateSynthetic, loadSynthetic } from './synthetic';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CITIES = Number(process.env.BENCH_CITIES ?? BENCH_SPEC.cities);

async function main(): Promise<void> {
  const scale = CITIES / BENCH_SPEC.cities;
  const spec = { ...BENCH_SPEC, cities: CITIES, relationships: Math.round(BENCH_SPEC.relationships * scale), hostings: Math.round(BENCH_SPEC.hostings * scale) };
  console.log(`query-language benchmark — node ${process.version}; ${spec.cities} cities, ${spec.relationships} relationships; median of ${ROUNDS} rounds`);
  const { store } = await openStore({ engine: 'embedded', dataDir: ':memory:' }, silentLogger);
  const graph = generateSynthetic(spec);
  await loadSynthetic(store, graph);
  const hub = graph.partnerships.reduce((m, p) => m.set(p.cityA, (m.get(p.cityA) ?? 0) + 1), new Map<string, number>());
  const [hubId, hubDegree] = [...hub.entries()].sort((a, b) => b[1] - a[1])[0];
  const nation = graph.nations[0].code;
  const apollo = new ApolloServer<Context>({ schema: await createSchema() });
  await apollo.start();
  const storeCalls = async () => (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);

  const cases: [string, string][] = [
    ['legacy cities(nation:, first: 20)', `{ cities(nation: "${nation}", first: 20) { edges { node { id } } } }`],
    ['where nation, first: 20', `{ cities(where: { nation: { some: { code: { eq: "${nation}" } } } }, first: 20) { edges { node { id } } } }`],
    ['where name startsWith, sort kind desc', `{ cities(where: { name: { startsWith: "C" } }, sort: [{ kind: DESC }], first: 20) { edges { node { id } } } }`],
    ['last: 20 (backwards)', `{ cities(last: 20) { edges { node { id } } } }`],
    ['where partnersConnection some edge tier', `{ cities(where: { partnersConnection: { some: { edge: { tier: { eq: SISTER } }, node: { kind: { eq: CITY } } } } }, first: 20) { edges { node { id } } } }`],
    ['legacy totalCount (nation)', `{ cities(nation: "${nation}") { totalCount } }`],
    ['aggregate countBy NATION (all cities)', `{ cities { aggregate { countBy(field: NATION) { value count } } } }`],
    ['aggregate countBy KIND (all cities)', `{ cities { aggregate { countBy(field: KIND) { value count } } } }`],
    [`hub (${hubDegree} partners): legacy partners list`, `{ city(id: "${hubId}") { partners { city { id } } } }`],
    [`hub: partnersConnection(first: 10)`, `{ city(id: "${hubId}") { partnersConnection(first: 10) { edges { node { id } } } } }`],
    [`hub: partnersConnection totalCount + countBy TIER`, `{ city(id: "${hubId}") { partnersConnection { totalCount aggregate { countBy(field: TIER) { count } } } } }`],
    ['20 cities x partnersConnection(first: 5)', `{ cities(first: 20) { edges { node { partnersConnection(first: 5) { edges { node { id } } } } } } }`],
    ['20 cities x legacy partners', `{ cities(first: 20) { edges { node { partners { city { id } } } } } }`],
  ];
  for (const [name, query] of cases) {
    const run = async () => {
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(store, []) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${name}: ${JSON.stringify(response.body)}`);
    };
    await run();
    const before = await storeCalls();
    await run();
    const calls = (await storeCalls()) - before;
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const start = process.hrtime.bigint();
      await run();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(52)} median ${times[Math.floor(times.length / 2)].toFixed(1).padStart(8)} ms   store queries ${calls}`);
  }
  await apollo.stop();
  await store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
