// Runs GraphQL operations in-process against the real schema and a seeded store on the test engine (in-memory
// embedded by default; Neo4j under `npm run test:neo4j`), optionally with write credentials.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { Authenticator } from '../../src/auth/authenticator';
import { RequestAuth } from '../../src/auth/request-auth';
import { seedIfEmpty } from '../../src/bootstrap';
import { parseAuth } from '../../src/config';
import { createContext, type Context } from '../../src/graphql/context';
import { createSchema } from '../../src/graphql/schema';
import { silentLogger, type Logger } from '../../src/logger';
import { readSeed, type SeedGraph } from '../../src/seed/seed';
import { createErrorFormatter } from '../../src/server/errors';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from './engine';

export interface GraphQLHarness {
  store: GraphStore;
  /** Runs an operation; returns `data` and `errors` as a client sees them. `token` is sent as a Bearer credential. */
  execute(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<{ data?: any; errors?: any[] }>;
  /** Store queries run so far, by query name. */
  storeCalls(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** Tokens of the harness's API_TOKENS when `writers` is set. */
export const TOKENS = {
  editor: 'editor-token-for-tests-0123456789',
  admin: 'admin-token-for-tests-0123456789',
} as const;

export const TEST_API_TOKENS = `alice:editor:${TOKENS.editor},ops:admin:${TOKENS.admin}`;

export interface HarnessOptions {
  /** Where error details and audit lines go. */
  logger?: Logger;
  /** Accept writes from the TOKENS (alice: editor, ops: admin); otherwise the server is read-only. */
  writers?: boolean;
  /** The graph to seed (default: seed/graph.json). */
  seed?: SeedGraph;
}

export async function createHarness(options: HarnessOptions = {}): Promise<GraphQLHarness> {
  const logger = options.logger ?? silentLogger;
  const seed = options.seed ?? readSeed();
  const { store } = await openTestStore();
  await seedIfEmpty(store, seed, silentLogger);
  const authenticator = options.writers ? Authenticator.fromConfig(parseAuth({ API_TOKENS: TEST_API_TOKENS })) : Authenticator.readOnly();
  const apollo = new ApolloServer<Context>({ schema: await createSchema(), formatError: createErrorFormatter(logger) });
  await apollo.start();
  return {
    store,
    async execute(query, variables, { token } = {}) {
      const auth = new RequestAuth(authenticator, token === undefined ? undefined : `Bearer ${token}`, logger);
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(store, seed.sources, auth) });
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
