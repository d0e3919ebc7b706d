// Starts the real HTTP server on a fresh in-memory embedded store holding the seeded Seoul graph.
import 'reflect-metadata';
import type { Authenticator } from '../../src/auth/authenticator';
import { readSeed, seedIfEmpty } from '../../src/bootstrap';
import { silentLogger, type Logger } from '../../src/logger';
import { startServer } from '../../src/server/app';
import type { ExportOptions } from '../../src/server/exports';
import type { AnalyticsOptions } from '../../src/services/analytics/analytics-service';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from './engine';

export interface TestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { authenticator?: Authenticator; logger?: Logger; requestTimeoutMs?: number; analytics?: AnalyticsOptions; exports?: ExportOptions; beforeStart?: (store: GraphStore) => Promise<void> } = {},
): Promise<TestServer> {
  const seed = readSeed();
  const { store, metrics } = await openTestStore();
  await seedIfEmpty(store, seed, silentLogger);
  await options.beforeStart?.(store);
  const server = await startServer({
    store,
    logger: options.logger ?? silentLogger,
    sources: seed.sources,
    metrics,
    authenticator: options.authenticator,
    requestTimeoutMs: options.requestTimeoutMs,
    analytics: options.analytics,
    exports: options.exports,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
