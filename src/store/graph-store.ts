// The one executor every query goes through: registry lookup, access-mode routing, metrics and logging.
import { Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';
import type { Engine, EngineAdapter, Params, Row } from './port';
import type { QueryName } from './queries';
import { CypherRegistry } from './registry';

/** Runs named queries inside one atomic write transaction. */
export interface TransactionScope {
  run(name: QueryName, params?: Params): Promise<Row[]>;
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
  private writes = 0;

  constructor(
    private readonly adapter: EngineAdapter,
    readonly registry: CypherRegistry,
    readonly metrics: StoreMetrics,
    private readonly logger: Logger,
  ) {
    this.engine = adapter.engine;
  }

  /**
   * The graph version: how many write transactions this store has committed since it was opened. Caches of
   * derived data (network metrics) compare it to know when to recompute. It counts this process's writes
   * only: a Neo4j database written by another process does not move it.
   */
  get version(): number {
    return this.writes;
  }

  /** Runs one named query in its own transaction (read or write, as its file declares). */
  async run(name: QueryName, params: Params = {}): Promise<Row[]> {
    const statement = this.registry.get(name);
    if (statement.mode === 'schema') throw new Error(`${name} is a schema file; use applySchema()`);
    const mode = statement.mode as 'read' | 'write';
    const rows = await this.timed(name, () => this.adapter.run(statement.text, params, mode));
    if (mode === 'write') this.writes++;
    return rows;
  }

  /** Runs several named queries in one write transaction: all of them commit, or none. */
  async transaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T> {
    const result = await this.adapter.writeTransaction((runner) =>
      work({
        run: (name, params = {}) => {
          const statement = this.registry.get(name);
          return this.timed(name, () => runner.run(statement.text, params));
        },
      }),
    );
    this.writes++;
    return result;
  }

  /** Creates constraints and indexes (idempotent: `IF NOT EXISTS`). */
  async applySchema(): Promise<void> {
    for (const text of this.registry.schemaStatements(this.engine)) {
      await this.adapter.run(text, {}, 'write');
    }
  }

  /** Node counts by label and relationship counts by type. */
  async counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
    const [nodes, relationships] = await Promise.all([
      this.run('stats/count-nodes-by-label'),
      this.run('stats/count-relationships-by-type'),
    ]);
    const toRecord = (rows: Row[], key: string) =>
      Object.fromEntries(rows.map((r) => [String(r[key]), Number(r.count)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    return { nodes: toRecord(nodes, 'label'), relationships: toRecord(relationships, 'type') };
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
