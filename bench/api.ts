// Benchmark (not a test): latency of the flagship traversal and of a nested query, and their store-query counts,
// on the seeded graph, in process. `npm run bench`: the embedded engine in memory.
// `GRAPH_ENGINE=neo4j NEO4J_URI=… npm run bench`: Neo4j, whose database is WIPED first (every node and
// relationship), then seeded; it refuses to run without NEO4J_URI. `npm run bench:engines` runs both side by side.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { readSeed, seedIfEmpty } from '../src/bootstrap';
import { createContext, type Context } from '../src/graphql/context';
import { createSchema } from '../src/graphql/schema';
import { silentLogger } from '../src/logger';
import { FLAGSHIP_QUERY } from '../src/server/flagship-query';
import { benchEngine, writeResult } from './engine';
import { latencySummary } from './stats';

const NESTED_QUERY = `{ city(id: "seoul") { partners { tier city { name nation { name }
  memberships { since organization { name } } partners { city { name nation { code } } } } } } }`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

async function main() {
  const engine = benchEngine();
  console.log(`API latency on the seed graph, in process, on ${engine.describe('in memory')}`);
  const seed = readSeed();
  const { store } = await engine.open(':memory:');
  await seedIfEmpty(store, seed, silentLogger);
  const apollo = new ApolloServer<Context>({ schema: await createSchema() });
  await apollo.start();
  const storeCalls = async () => (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);
  const result: Record<string, { p50: number; p99: number; storeQueries: number; rounds: number }> = {};

  for (const [key, name, query] of [
    ['flagship', 'flagship traversal', FLAGSHIP_QUERY],
    ['nested', "nested: Seoul's partners, 2 levels", NESTED_QUERY],
  ]) {
    const run = async () => {
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(store, seed.sources) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${name} failed`);
    };
    for (let i = 0; i < 20; i += 1) await run(); // warm-up
    const callsBefore = await storeCalls();
    await run();
    const callsPerQuery = (await storeCalls()) - callsBefore;
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const start = process.hrtime.bigint();
      await run();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const { p50, p99 } = latencySummary(times);
    result[key] = { p50, p99, storeQueries: callsPerQuery, rounds: ROUNDS };
    console.log(
      `${name.padEnd(38)} p50 ${p50.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms  ` +
        `store queries per request: ${callsPerQuery}  (${ROUNDS} rounds)`,
    );
  }
  writeResult({ engine: engine.engine, ...result });
  await apollo.stop();
  await store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
