// The one executor every query goes through: registry lookup, access-mode routing, metrics and logging.
import { Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';
import { DomainError, ErrorCode } from '../model/errors';
import type { Engine, EngineAdapter, GraphCounts, Params, Row, RunOptions } from './port';
import type { QueryName } from './queries';
import { CypherRegistry, render, type Slots } from './registry';
import { KeyOrders } from './key-order';
import { GraphRepository } from './repositories/graph';
import { SearchRepository } from './repositories/search';

/** Runs named queries: the store itself, a request's cancellable view of it, or a write transaction. */
export interface QueryRunner {
  run(name: QueryName, params?: Params, slots?: Slots): Promise<Row[]>;
  /** The kept default orders (the store and its cancellable views on the embedded engine; never a write transaction). */
  readonly keyOrders?: KeyOrders | null;
}

/** Runs named queries inside one atomic write transaction. */
export type TransactionScope = QueryRunner;

/** A run of write transactions no other write of this process comes between (see `GraphStore.exclusive`). */
export interface WriteSession {
  transaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T>;
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
  /**
   * The default list order of each label per graph version, on the embedded engine (which cannot read a label in
   * index order; Neo4j can, and there writes of other processes would not change `version`): null on Neo4j.
   */
  readonly keyOrders: KeyOrders | null;
  private closed = false;
  private committed = 0;
  private readonly writeListeners = new Set<(version: number) => void>();
  private countsCache: { version: number; counts: Promise<GraphCounts> } | null = null;
  private lastCounts: { version: number; value: GraphCounts } | null = null;
  /** Settles when the current exclusive write session ends; writes outside it wait for it. */
  private writeGate: Promise<void> = Promise.resolve();
  /** Writes outside a session that have passed the gate and not finished: a session starts after them. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly adapter: EngineAdapter,
    readonly registry: CypherRegistry,
    readonly metrics: StoreMetrics,
    private readonly logger: Logger,
    /** Changed records per write transaction of a bulk import (IMPORT_CHUNK_ROWS); unset: the import's default. */
    readonly importChunkRows?: number,
  ) {
    this.engine = adapter.engine;
    const search = new SearchRepository((name, params, slots) => this.run(name, params, slots));
    this.keyOrders = adapter.engine === 'embedded' ? new KeyOrders((label) => search.nameKeys(label), () => this.committed) : null;
  }

  /**
   * Runs one named query in its own transaction (read or write, as its file declares); a template's slots are
   * filled with `slots` (fragments of src/store/query/compile.ts) or their defaults.
   */
  async run(name: QueryName, params: Params = {}, slots?: Slots, options: RunOptions = {}): Promise<Row[]> {
    const statement = this.registry.get(name);
    if (statement.mode === 'schema') throw new Error(`${name} is a schema file; use applySchema()`);
    const text = render(statement, slots);
    if (statement.mode !== 'write') return this.timed(name, () => this.adapter.run(text, params, statement.mode, options));
    const rows = await this.gated(() => this.timed(name, () => this.adapter.run(text, params, statement.mode)));
    this.wrote();
    return rows;
  }

  /**
   * The store as one request sees it: its reads stop when `signal` aborts (the request's deadline passed or its
   * client left), as far as the engine allows; writes are never cut short.
   */
  cancellable(signal: AbortSignal | undefined): QueryRunner {
    if (!signal) return this;
    return { run: (name, params, slots) => this.run(name, params, slots, { signal }), keyOrders: this.keyOrders };
  }

  /** Runs several named queries in one write transaction: all of them commit, or none. */
  transaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T> {
    return this.gated(() => this.transactionNow(work));
  }

  /**
   * Runs `work`, whose write transactions (through the session) follow one another with no other write of this
   * process in between: a chunked import commits chunk by chunk, and nothing else writes until it has finished or
   * undone them. Reads are not held. Writes of other processes (another server on the same Neo4j) are not excluded.
   */
  async exclusive<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    const previous = this.writeGate;
    let release!: () => void;
    this.writeGate = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      await Promise.allSettled([...this.inFlight]);
      return await work({ transaction: (w) => this.transactionNow(w) });
    } finally {
      release();
    }
  }

  /** Runs a write once no exclusive session is running or waiting (sessions that start meanwhile go first). */
  private async gated<T>(write: () => Promise<T>): Promise<T> {
    for (let gate = this.writeGate; ; gate = this.writeGate) {
      await gate;
      if (gate === this.writeGate) break;
    }
    const running = write();
    this.inFlight.add(running);
    running.then(
      () => this.inFlight.delete(running),
      () => this.inFlight.delete(running),
    );
    return running;
  }

  private async transactionNow<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T> {
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

  /**
   * Node counts by label and relationship counts by type, sorted by name. Counting reads the whole graph (seconds
   * at a million relationships), so the counts are kept until the next committed write (see `version`).
   */
  counts(): Promise<GraphCounts> {
    const version = this.committed;
    if (this.countsCache?.version !== version) {
      const counts = new GraphRepository((name, params) => this.run(name, params)).counts();
      this.countsCache = { version, counts };
      counts.then(
        (value) => {
          if (!this.lastCounts || this.lastCounts.version < version) this.lastCounts = { version, value };
        },
        // A failed count is not kept.
        () => {
          if (this.countsCache?.counts === counts) this.countsCache = null;
        },
      );
    }
    return this.countsCache!.counts;
  }

  /**
   * The counts without waiting for a recount when one is already known (a health check must answer fast): the
   * current version's if counted, else the last counted ones (`stale`) while the recount runs in the background.
   * Only the very first call waits.
   */
  async latestCounts(): Promise<GraphCounts & { stale: boolean }> {
    return (await this.countsWithin(Infinity))!;
  }

  /**
   * As `latestCounts`, but when nothing has been counted yet (just after start-up: seconds at a million
   * relationships) waits at most `ms` for the first count, then answers null while it goes on.
   */
  async countsWithin(ms: number): Promise<(GraphCounts & { stale: boolean }) | null> {
    const fresh = this.counts();
    const last = this.lastCounts;
    if (last && last.version !== this.committed) {
      fresh.catch(() => undefined);
      return { ...last.value, stale: true };
    }
    if (!Number.isFinite(ms)) return { ...(await fresh), stale: false };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
    try {
      const counts = await Promise.race([fresh, timeout]);
      if (counts === null) fresh.catch(() => undefined);
      return counts && { ...counts, stale: false };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether the graph holds no node at all (cheap: stops at the first node). */
  async isEmpty(): Promise<boolean> {
    return Number((await this.run('stats/count-any-node'))[0]?.nodes ?? 0) === 0;
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
      if (error instanceof DomainError && error.code === ErrorCode.TIMEOUT) {
        this.logger.info({ query: name, engine: this.engine }, 'graph store query cancelled');
      } else this.logger.error({ err: error, query: name, engine: this.engine }, 'graph store query failed');
      throw error;
    } finally {
      stop();
    }
  }
}
