// Benchmark (not a test): latency of the flagship traversal and of a nested query, and their store-query counts,
// on the seeded embedded graph, in process. `npm run bench`.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { openStore, readSeed, seedIfEmpty } from '../src/bootstrap';
import { createContext, type Context } from '../src/graphql/context';
import { createSchema } from '../src/graphql/schema';
import { silentLogger } from '../src/logger';
import { FLAGSHIP_QUERY } from '../src/server/flagship-query';

const NESTED_QUERY = `{ city(id: "seoul") { partners { tier city { name nation { name }
  memberships { since organization { name } } partners { city { name nation { code } } } } } } }`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const seed = readSeed();
  const { store } = await openStore({ engine: 'embedded', dataDir: ':memory:' }, silentLogger);
  await seedIfEmpty(store, seed, silentLogger);
  const apollo = new ApolloServer<Context>({ schema: await createSchema() });
  await apollo.start();
  const storeCalls = async () => (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);

  for (const [name, query] of [['flagship traversal', FLAGSHIP_QUERY], ["nested: Seoul's partners, 2 levels", NESTED_QUERY]]) {
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
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(38)} p50 ${percentile(times, 50).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  ` +
        `store queries per request: ${callsPerQuery}  (${ROUNDS} rounds)`,
    );
  }
  await apollo.stop();
  await store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
