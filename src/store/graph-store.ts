// The one executor every query goes through: registry lookup, access-mode routing, metrics and logging.
import { Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';
import type { Engine, EngineAdapter, Params, Row } from './port';
import type { QueryName } from './queries';
import { CypherRegistry, render, type Slots } from './registry';
import { GraphRepository } from './repositories/graph';

/** Runs named queries inside one atomic write transaction. */
export interface TransactionScope {
  run(name: QueryName, params?: Params, slots?: Slots): Promise<Row[]>;
}

export interface StoreMetrics {
  queries: Counter<'query' | 'engine'>;
  duration: Histogram<'query' | 'engine'>;
}

export function createStoreMetrics(registry: Registry): StoreMetrics {
  return {
    queries: new Counter({
      name: 'graph_store_queries_total',
      help: 'Queries run against the graph store, by query name and engine.',
      labelNames: ['query', 'engine'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graph_store_query_duration_seconds',
      help: 'Time spent in graph store queries, by query name and engine.',
      labelNames: ['query', 'engine'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}

export class GraphStore {
  readonly engine: Engine;
  private closed = false;
  private committed = 0;
  private readonly writeListeners = new Set<(version: number) => void>();

  constructor(
    private readonly adapter: EngineAdapter,
    readonly registry: CypherRegistry,
    readonly metrics: StoreMetrics,
    private readonly logger: Logger,
  ) {
    this.engine = adapter.engine;
  }

  /**
   * Runs one named query in its own transaction (read or write, as its file declares); a template's slots are
   * filled with `slots` (fragments of src/store/query/compile.ts) or their defaults.
   */
  async run(name: QueryName, params: Params = {}, slots?: Slots): Promise<Row[]> {
    const statement = this.registry.get(name);
    if (statement.mode === 'schema') throw new Error(`${name} is a schema file; use applySchema()`);
    const text = render(statement, slots);
    const rows = await this.timed(name, () => this.adapter.run(text, params, statement.mode));
    if (statement.mode === 'write') this.wrote();
    return rows;
  }

  /** Runs several named queries in one write transaction: all of them commit, or none. */
  async transaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T> {
    const result = await this.adapter.writeTransaction((runner) =>
      work({
        run: (name, params = {}, slots) => {
          const text = render(this.registry.get(name), slots);
          return this.timed(name, () => runner.run(text, params));
        },
      }),
    );
    this.wrote();
    return result;
  }

  /**
   * How many write transactions this store has committed since it opened: a cache key for what is derived from
   * the whole graph (network metrics), which must be recomputed after a write. Writes by other processes (another
   * server on the same Neo4j) are not seen.
   */
  get version(): number {
    return this.committed;
  }

  /** Calls `listener` with the new version after every committed write transaction; returns an unsubscribe. */
  onWrite(listener: (version: number) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private wrote(): void {
    this.committed += 1;
    for (const listener of this.writeListeners) listener(this.committed);
  }

  /** Creates constraints and indexes (idempotent: `IF NOT EXISTS`). */
  async applySchema(): Promise<void> {
    for (const text of this.registry.schemaStatements(this.engine)) {
      await this.adapter.run(text, {}, 'schema');
    }
  }

  /** Node counts by label and relationship counts by type. */
  counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
    return new GraphRepository((name, params) => this.run(name, params)).counts();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.adapter.close();
  }

  private async timed(name: string, work: () => Promise<Row[]>): Promise<Row[]> {
    const labels = { query: name, engine: this.engine };
    this.metrics.queries.inc(labels);
    const stop = this.metrics.duration.startTimer(labels);
    try {
      return await work();
    } catch (error) {
      this.logger.error({ err: error, query: name, engine: this.engine }, 'graph store query failed');
      throw error;
    } finally {
      stop();
    }
  }
}
