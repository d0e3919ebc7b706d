// Opens the configured store: picks the adapter, creates constraints and indexes, seeds an empty graph.
import { Registry } from 'prom-client';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { loadSeed, readSeed, type SeedGraph } from './seed/seed';
import { EmbeddedAdapter } from './store/embedded-adapter';
import { GraphStore, createStoreMetrics } from './store/graph-store';
import { Neo4jAdapter } from './store/neo4j-adapter';
import type { EngineAdapter } from './store/port';
import { CypherRegistry } from './store/registry';

export interface OpenedStore {
  store: GraphStore;
  metrics: Registry;
}

export async function openStore(
  config: Pick<AppConfig, 'engine' | 'dataDir' | 'neo4j'>,
  logger: Logger,
  options: { shuffleUnordered?: boolean } = {},
): Promise<OpenedStore> {
  const registry = CypherRegistry.load();
  const adapter: EngineAdapter =
    config.engine === 'neo4j'
      ? await Neo4jAdapter.connect(config.neo4j!, logger)
      : EmbeddedAdapter.open({ dataDir: config.dataDir, shuffleUnordered: options.shuffleUnordered, logger });
  const metrics = new Registry();
  const store = new GraphStore(adapter, registry, createStoreMetrics(metrics), logger);
  try {
    await store.applySchema();
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, metrics };
}

/** Loads the seed when the graph holds no nodes; returns whether it did. */
export async function seedIfEmpty(store: GraphStore, seed: SeedGraph, logger: Logger): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  const started = Date.now();
  const report = await loadSeed(store, seed);
  logger.info({ report, ms: Date.now() - started }, 'empty graph: seed loaded');
  return true;
}

export { readSeed };
