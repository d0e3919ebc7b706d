// Entry point: config → store (seeded when empty) → GraphQL server → listen; closes the store on shutdown.
import { NODE_ENV_AT_LAUNCH } from './launch-env';
import './production-default';
import 'reflect-metadata';
import { openStore, readSeed, seedIfEmpty } from './bootstrap';
import { loadConfig } from './config';
import { Authenticator } from './auth/authenticator';
import { createLogger } from './logger';
import { startServer } from './server/app';
import { costStatistics } from './server/cost';

/** How long a shutdown may wait for requests still running in the store. */
const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const seed = readSeed();
  const { store, metrics } = await openStore(config, logger);
  if (config.autoSeed) await seedIfEmpty(store, seed, logger);
  const authenticator = Authenticator.fromConfig(config.auth);
  const server = await startServer({
    store,
    logger,
    sources: seed.sources,
    metrics,
    authenticator,
    port: config.port,
    host: config.host,
    requestTimeoutMs: config.requestTimeoutMs,
    analytics: config.analytics,
    corsOrigins: config.corsOrigins,
    exports: { concurrency: config.exportConcurrency },
  });
  logger.info({ startupMs: Date.now() - started, engine: config.engine }, 'ready');
  // Count the graph for /health now, in the background (seconds at a million relationships), not on its first call.
  store.counts().catch((error: unknown) => logger.warn({ err: error }, 'counting the graph failed'));
  // Likewise the degree figures the query cost is estimated from: the first query with a relationship list waits for them.
  costStatistics(store).warm();
  // And the cities' default order (their first page), kept per graph version on the embedded engine.
  store.keyOrders?.order('City').catch((error: unknown) => logger.warn({ err: error }, 'ordering the cities failed'));
  // For the person at the terminal: one plain line on stderr (stdout stays JSON logs). Not when NODE_ENV=production was
  // set explicitly, as the image does: a deployment logs JSON only.
  if (NODE_ENV_AT_LAUNCH !== 'production') {
    process.stderr.write(`GraphiQL ready at ${browserUrl(server.url, config.host)}/graphql (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Analytics stop at once (server.close cancels them), but the engine cannot interrupt a long store query: past
    // the grace period the process exits anyway (committed writes are in the store's write-ahead log).
    setTimeout(() => {
      logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown grace period over: exiting with work still running');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await server.close();
      await store.close();
      logger.info('store closed, bye');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The URL to open in a browser: localhost when listening on every interface. */
function browserUrl(url: string, host: string): string {
  const parsed = new URL(url);
  if (host === '0.0.0.0' || host === '::') parsed.hostname = 'localhost';
  return parsed.origin;
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) or when the store cannot open (e.g. locked): say why and exit.
  process.stderr.write(JSON.stringify({ level: 'fatal', msg: (error as Error).message, name: (error as Error).name }) + '\n');
  process.exit(1);
});
