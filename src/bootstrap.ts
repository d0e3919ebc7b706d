// Opens the configured store: picks the adapter, creates constraints and indexes, seeds an empty graph.
import { Registry } from 'prom-client';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { loadSeed, readSeed, type SeedGraph } from './seed/seed';
import { undoInterruptedImports } from './services/import';
import { EmbeddedAdapter } from './store/embedded-adapter';
import { GraphStore, createStoreMetrics } from './store/graph-store';
import { Neo4jAdapter } from './store/neo4j-adapter';
import type { EngineAdapter } from './store/port';
import { CypherRegistry } from './store/registry';

/** How long a chunked import on Neo4j may go without writing a chunk before another process undoes it. */
export const INTERRUPTED_IMPORT_AFTER_MS = 30 * 60_000;

export interface OpenedStore {
  store: GraphStore;
  metrics: Registry;
}

export async function openStore(
  config: Pick<AppConfig, 'engine' | 'dataDir' | 'neo4j'> & { readConcurrency?: number } & Partial<Pick<AppConfig, 'importChunkRows'>>,
  logger: Logger,
  options: { shuffleUnordered?: boolean } = {},
): Promise<OpenedStore> {
  const registry = CypherRegistry.load();
  const adapter: EngineAdapter =
    config.engine === 'neo4j'
      ? await Neo4jAdapter.connect(config.neo4j!, logger)
      : EmbeddedAdapter.open({ dataDir: config.dataDir, shuffleUnordered: options.shuffleUnordered, logger, readConcurrency: config.readConcurrency });
  const metrics = new Registry();
  const store = new GraphStore(adapter, registry, createStoreMetrics(metrics), logger, config.importChunkRows);
  try {
    await store.applySchema();
    // A chunked import a crash cut short is undone before anything reads the graph. On Neo4j another process may be
    // importing right now: only imports silent for INTERRUPTED_IMPORT_AFTER_MS are undone.
    const undone = await undoInterruptedImports(store, config.engine === 'neo4j' ? INTERRUPTED_IMPORT_AFTER_MS : 0);
    if (undone > 0) logger.warn({ imports: undone }, 'undid chunked imports that were interrupted before their last chunk');
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
