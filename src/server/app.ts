// The HTTP server: GraphQL (Apollo Server 5 on express), GraphiQL for browsers, /health and /metrics.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { createContext, type Context } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import type { SourceDocument } from '../graphql/types';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import { createErrorFormatter } from './errors';
import { exportRouter } from './exports';
import { FLAGSHIP_QUERY } from './flagship-query';
import { graphiqlRouter } from './graphiql';

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
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { store, logger, sources, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();

  collectDefaultMetrics({ register: metrics });

  app.get('/health', async (_req, res) => {
    try {
      const counts = await store.counts();
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      res.json({
        status: 'ready',
        engine: store.engine,
        nodes: sum(counts.nodes),
        relationships: sum(counts.relationships),
        nodesByLabel: counts.nodes,
        relationshipsByType: counts.relationships,
      });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', engine: store.engine });
    }
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  app.use('/export', exportRouter(store, logger));
  app.use(graphiqlRouter({ endpoint: '/graphql', defaultQuery: FLAGSHIP_QUERY, title: 'City-diplomacy graph · GraphiQL' }));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(store, sources) }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  logger.info({ url: `${url}/graphql`, engine: store.engine }, 'server listening');
  return {
    url,
    close: () => apollo.stop(),
  };
}
