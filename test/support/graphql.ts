// Runs GraphQL operations in-process against the real schema and a seeded in-memory embedded store.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { openStore, readSeed, seedIfEmpty } from '../../src/bootstrap';
import type { SeedGraph } from '../../src/seed/seed';
import { createContext, type Context } from '../../src/graphql/context';
import { createSchema } from '../../src/graphql/schema';
import { silentLogger, type Logger } from '../../src/logger';
import { createErrorFormatter } from '../../src/server/errors';
import type { GraphStore } from '../../src/store/graph-store';

export interface GraphQLHarness {
  store: GraphStore;
  /** Runs an operation; returns `data` and `errors` as a client sees them. */
  execute(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  /** Store queries run so far, by query name. */
  storeCalls(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** `seed`: the graph to load instead of seed/graph.json. */
export async function createHarness(options: { logger?: Logger; seed?: SeedGraph } = {}): Promise<GraphQLHarness> {
  const logger = options.logger ?? silentLogger;
  const seed = options.seed ?? readSeed();
  const { store } = await openStore({ engine: 'embedded', dataDir: ':memory:' }, silentLogger, { shuffleUnordered: true });
  await seedIfEmpty(store, seed, silentLogger);
  const apollo = new ApolloServer<Context>({ schema: await createSchema(), formatError: createErrorFormatter(logger) });
  await apollo.start();
  return {
    store,
    async execute(query, variables) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(store, seed.sources) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as { data?: any; errors?: any[] };
    },
    async storeCalls() {
      const metric = await store.metrics.queries.get();
      return Object.fromEntries(metric.values.map((v) => [String(v.labels.query), v.value]));
    },
    async close() {
      await apollo.stop();
      await store.close();
    },
  };
}
