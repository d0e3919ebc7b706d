// The embedded engine adapter (@grafeo-db/js): an in-process property graph, persistent on disk or in memory.
import fs from 'node:fs';
import path from 'node:path';
import { GrafeoDB, type QueryResult, type Transaction } from '@grafeo-db/js';
import type { Logger } from '../logger';
import type { AccessMode, EngineAdapter, Params, Row, RunOptions, StatementRunner } from './port';
import { ReadGate } from './read-gate';

export interface EmbeddedOptions {
  /** A directory for the store's files, or ':memory:'. */
  dataDir: string;
  /** Return unordered rows in random order, so code relying on accidental order fails (tests). */
  shuffleUnordered?: boolean;
  logger?: Logger;
  /** Reads in the engine at once (default 2; 0 for no bound): writes wait for at most that many. */
  readConcurrency?: number;
  /** How long one write may hold new reads back (the write lane, see ReadGate; default 100 ms). */
  writeHoldMs?: number;
}

/** The file the store keeps inside `GRAPH_DATA_DIR`. */
export const EMBEDDED_DB_FILE = 'diplomacy.grafeo';

export class StoreLockedError extends Error {
  constructor(readonly file: string) {
    super(
      `The embedded graph store ${file} is locked by another process. Only one process may open a data ` +
        `directory: stop the other server (or test run) using it, or point GRAPH_DATA_DIR at another directory.`,
    );
    this.name = 'StoreLockedError';
  }
}

export class EmbeddedAdapter implements EngineAdapter {
  readonly engine = 'embedded' as const;
  /** Writers conflict optimistically on this engine (immediate failure, status 40000), so writes queue here. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly reads: ReadGate;

  private constructor(
    private readonly db: GrafeoDB,
    readonly location: string,
    readConcurrency = 2,
    writeHoldMs?: number,
  ) {
    this.reads = new ReadGate(readConcurrency > 0 ? readConcurrency : Number.MAX_SAFE_INTEGER, writeHoldMs);
  }

  static open(options: EmbeddedOptions): EmbeddedAdapter {
    const createOptions = { shuffleUnordered: options.shuffleUnordered ?? false };
    if (options.dataDir === ':memory:') {
      return new EmbeddedAdapter(GrafeoDB.create(undefined, createOptions), ':memory:', options.readConcurrency, options.writeHoldMs);
    }
    fs.mkdirSync(options.dataDir, { recursive: true });
    const file = path.join(options.dataDir, EMBEDDED_DB_FILE);
    let db: GrafeoDB;
    try {
      db = GrafeoDB.create(file, createOptions);
    } catch (error) {
      if (/cannot be locked|lock/i.test((error as Error).message)) throw new StoreLockedError(file);
      throw error;
    }
    // Automatic WAL checkpoints are off by default: without them the WAL grows until shutdown.
    db.setCheckpointTriggers({ intervalMs: 60_000, walBytes: 16 * 1024 * 1024 });
    options.logger?.info({ file }, 'embedded graph store opened');
    return new EmbeddedAdapter(db, file, options.readConcurrency, options.writeHoldMs);
  }

  /**
   * A read's `signal` is honoured up to the engine: one still waiting at the gate is dropped; one running in the
   * engine runs to its end (@grafeo-db/js 0.6 cannot interrupt a statement).
   */
  async run(text: string, params: Params, mode: AccessMode, options: RunOptions = {}): Promise<Row[]> {
    this.assertOpen();
    // The gate bounds the reads in the engine; their rows are converted after it, on the request thread.
    if (mode === 'read') return toRows(await this.reads.run(() => this.db.executeCypher(text, params), options.signal));
    return this.writeTransaction((tx) => tx.run(text, params));
  }

  writeTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    const queued = this.writeQueue.then(() => this.inTransaction(work));
    this.writeQueue = queued.catch(() => undefined);
    // The write lane: no new read starts while this write waits or runs (for a bounded time; see ReadGate).
    return this.reads.write(() => queued);
  }

  private async inTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const tx: Transaction = this.db.beginTransaction();
    let pending: Promise<unknown> = Promise.resolve();
    const runner: StatementRunner = {
      run: (text, params) => {
        // Statements of one transaction run one at a time: commit/rollback refuse while one is running.
        const result = pending.then(() => tx.executeCypher(text, params)).then(toRows);
        pending = result.catch(() => undefined);
        return result;
      },
    };
    try {
      const result = await work(runner);
      await pending;
      tx.commit();
      return result;
    } catch (error) {
      // On this engine commit() after a failed statement would persist the earlier ones: always roll back.
      await pending;
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue;
    if (this.location !== ':memory:') this.db.walCheckpoint();
    this.db.close();
  }

  /** The read gate's state (reads running, waiting; writes holding it): for tests and diagnostics. */
  get readGate(): ReadGate['state'] {
    return this.reads.state;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The embedded graph store is closed');
  }
}

/**
 * Rows turned into plain objects per turn of the event loop: a larger result (a neighbourhood's relationships, a
 * loader's thousand cities) is converted a slice at a time, so the request thread answers other requests between
 * slices instead of stalling for the whole result.
 */
export const ROWS_PER_TURN = 1000;

/**
 * The rows of a result as objects keyed by column. `rows()` (arrays) and objects built here cost a third of
 * `toArray()` with a copying normalise (1.4–3.6 ms against 5.5–12.7 ms per 1,000–4,000 rows, docs/performance.md).
 */
export async function toRows(result: QueryResult): Promise<Row[]> {
  const columns = result.columns;
  const arrays = result.rows();
  const rows: Row[] = new Array(arrays.length);
  for (let i = 0; i < arrays.length; i += 1) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const values = arrays[i];
    const row: Row = {};
    for (let c = 0; c < columns.length; c += 1) row[columns[c]] = normalise(values[c]);
    rows[i] = row;
  }
  return rows;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Plain JS values, as the Neo4j adapter returns them: timestamps as ISO strings, safe bigints as numbers, undefined
 * as null. Arrays and plain objects are changed in place: the engine made them for this result alone, and copying
 * them was a tenth of the main thread's time on nested queries (docs/performance.md, round `tput`).
 */
function normalise(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    case 'bigint':
      return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = normalise(value[i]);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const object = value as Record<string, unknown>;
    for (const key in object) object[key] = normalise(object[key]);
  }
  return value;
}
