// The HTTP server: GraphQL (Apollo Server 5 on express), GraphiQL for browsers, CORS, JSON errors, /health,
// /metrics, /export and /possible-types.json.
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Registry } from 'prom-client';
import { Authenticator } from '../auth/authenticator';
import type { CorsOrigins } from '../config';
import { RequestAuth } from '../auth/request-auth';
import { createContext, type Context } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import type { SourceDocument } from '../graphql/types';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import { configureAnalytics, type AnalyticsOptions } from '../services/analytics/analytics-service';
import { costLimitPlugin, costStatistics } from './cost';
import { deadlinePlugin, guardFields, requestSignal } from './deadline';
import { corsMiddleware } from './cors';
import { createErrorFormatter } from './errors';
import { DEFAULT_EXPORT_CONCURRENCY, ExportLimiter } from './export-limit';
import { EXPORT_FORMATS, exportRouter, type ExportOptions } from './exports';
import { FLAGSHIP_QUERY } from './flagship-query';
import { GRAPHIQL_ASSETS_PATH, graphiqlRouter } from './graphiql';
import { GRAPHQL_PATH, errorHandler, graphqlRequestGuard, handleClientError, notFoundHandler } from './http-errors';
import { createHttpServer } from './http-server';
import { collectProcessMetrics, httpMetrics, operationMetricsPlugin } from './metrics';
import { possibleTypesJson } from './possible-types';

/** Limits on incoming operations: a public graph API invites expensive queries. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 20000,
} as const;

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  sources: SourceDocument[];
  /** The Prometheus registry holding the store's metrics; process metrics are added to it. */
  metrics: Registry;
  /** Who may write; read-only when omitted or when it holds no credential. */
  authenticator?: Authenticator;
  /** A GraphQL query's deadline in milliseconds (default 10,000; 0: none). */
  requestTimeoutMs?: number;
  /** The analytics workers, queue and cache. */
  analytics?: AnalyticsOptions;
  /** Origins whose pages may call the API (CORS); any origin when omitted. */
  corsOrigins?: CorsOrigins;
  /** Streamed exports at once, and their page size. */
  exports?: ExportOptions;
}

/** Request bodies: small for everyone, larger for an authenticated writer (an importGraph of ~100,000 records). */
export const BODY_LIMITS = { anonymous: '100kb', writer: '32mb' } as const;

/** Every GraphQL answer is `Cache-Control: no-store`: it reads a graph that writes change. */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Paths answered with GET only: other methods there are 405, not 404. */
const GET_ONLY_PATHS = [/^\/(health|metrics|possible-types\.json)\/?$/, /^\/export(\/.*)?$/, new RegExp(`^${GRAPHIQL_ASSETS_PATH}/.+$`)];

/** The route label of a request path, for metrics: a known route, or `unmatched`. */
export function routeOf(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  if ([GRAPHQL_PATH, '/health', '/metrics', '/possible-types.json', '/export'].includes(trimmed)) return trimmed;
  if (EXPORT_FORMATS.some((format) => trimmed === `/export/${format.file}`)) return trimmed;
  if (trimmed.startsWith(`${GRAPHIQL_ASSETS_PATH}/`)) return `${GRAPHIQL_ASSETS_PATH}/:name`;
  return 'unmatched';
}

/** How long /health waits for the graph's first count before answering `countsPending` (a probe must not time out). */
export const HEALTH_FIRST_COUNT_WAIT_MS = 1_000;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { store, logger, sources, metrics } = options;
  const authenticator = options.authenticator ?? Authenticator.readOnly();
  if (authenticator.writable) {
    logger.info(authenticator.describe(), 'writes accepted from the configured credentials');
  } else {
    logger.warn(
      'no write credentials configured (API_TOKENS, JWT_SECRET or JWT_PUBLIC_KEY): the server is read-only and refuses every mutation',
    );
  }
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const analytics = configureAnalytics(store, options.analytics ?? {});
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  handleClientError(httpServer, logger);
  app.use(httpMetrics(metrics, routeOf));

  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    // graphql-js counts tokens in its own parser (below): Apollo then answers 400 GRAPHQL_PARSE_FAILED,
    // where Armor's plugin throws from a hook, which Apollo reports as a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // Armor's cost ignores how many items a list holds; ours (cost.ts) multiplies by list sizes.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const schema = guardFields(await createSchema());
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    // Apollo's own warnings and errors as JSON log lines, like ours.
    logger: logger.child({ component: 'apollo' }),
    // Off, so that GET queries from urql, graphql-request and curl work with their defaults (Apollo would demand an
    // extra header). Safe here because no request carries ambient credentials: writes need an Authorization header,
    // which a cross-site form or <img> cannot send; a mutation over GET is refused by Apollo whatever this says; and
    // POST bodies must be application/json (graphqlRequestGuard), which a cross-site page cannot send without a CORS
    // preflight. README, "Browsers and CORS", says more.
    csrfPrevention: false,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    plugins: [
      operationMetricsPlugin(metrics),
      ...protection.plugins,
      costLimitPlugin(schema, OPERATION_LIMITS.maxCost, costStatistics(store)),
      deadlinePlugin(requestTimeoutMs),
      noStorePlugin,
      // The schema has no cache hints, so Apollo's cache-control plugin only ever answered `no-store`, at the price of
      // a hook on every field of every response (docs/performance.md, round `tput`): off, and noStorePlugin says it.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts stops the server and then the store on SIGINT/SIGTERM. Apollo's own handler (on by default outside
    // NODE_ENV=test) raced it: main's second stop() never resolved, so the store was never closed and the process
    // hung on Neo4j (test/process/server.test.ts).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  collectProcessMetrics(metrics);

  app.get('/health', async (_req, res) => {
    try {
      // Counted once per graph version; after a write, the previous counts (countsStale) while the recount runs.
      // Before the first count has finished (seconds after start-up at world scale): ready, counts pending.
      const counts = await store.countsWithin(HEALTH_FIRST_COUNT_WAIT_MS);
      if (counts === null) {
        res.json({ status: 'ready', engine: store.engine, countsPending: true });
        return;
      }
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      res.json({
        status: 'ready',
        engine: store.engine,
        nodes: sum(counts.nodes),
        relationships: sum(counts.relationships),
        nodesByLabel: counts.nodes,
        relationshipsByType: counts.relationships,
        countsStale: counts.stale,
        countsPending: false,
      });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', engine: store.engine });
    }
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  // Pages on other origins may read the API (and write, with a bearer token): see cors.ts.
  app.use([GRAPHQL_PATH, '/export', '/possible-types.json'], corsMiddleware(options.corsOrigins ?? '*'));

  const possibleTypes = possibleTypesJson(schema);
  app.get('/possible-types.json', (_req, res) => {
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }).send(possibleTypes);
  });

  const exportLimiter = new ExportLimiter(options.exports?.concurrency ?? DEFAULT_EXPORT_CONCURRENCY, metrics);
  app.use('/export', exportRouter(store, logger, exportLimiter, options.exports));
  app.use(graphiqlRouter({ endpoint: GRAPHQL_PATH, defaultQuery: FLAGSHIP_QUERY, title: 'City-diplomacy graph · GraphiQL' }));
  const anonymousBody = express.json({ limit: BODY_LIMITS.anonymous });
  const writerBody = express.json({ limit: BODY_LIMITS.writer });
  app.use(
    GRAPHQL_PATH,
    graphqlRequestGuard(),
    requestSignal(requestTimeoutMs),
    async (req, res, next) => {
      // The credential is checked once per request: here to size the body limit, later by the mutations.
      const credential = authenticator.authenticate(req.headers.authorization);
      res.locals.credential = credential;
      const body = (await credential).status === 'valid' ? writerBody : anonymousBody;
      body(req, res, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          store,
          sources,
          new RequestAuth(authenticator, req.headers.authorization, logger, res.locals.credential),
          res.locals.signal as AbortSignal,
        ),
    }),
  );
  app.use(notFoundHandler(GET_ONLY_PATHS.map((pattern) => ({ pattern, allow: 'GET, HEAD' }))));
  app.use(errorHandler(logger, BODY_LIMITS));

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  logger.info({ url: `${url}/graphql`, engine: store.engine }, 'server listening');
  return {
    url,
    // The analytics first: requests waiting for a computation get SERVICE_UNAVAILABLE at once, so the drain is quick.
    close: async () => {
      await analytics.close();
      await apollo.stop();
    },
  };
}
