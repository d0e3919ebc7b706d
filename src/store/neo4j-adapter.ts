// The Neo4j adapter (neo4j-driver): runs each statement in a managed transaction on one database.
import neo4j, { type BookmarkManager, type Config, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Logger } from '../logger';
import { fromNeo4jRecord, toNeo4jParams } from './neo4j-values';
import type { AccessMode, EngineAdapter, Params, Row, RunOptions, StatementRunner } from './port';
import { cancelled } from './read-gate';

export interface Neo4jOptions {
  /** e.g. `bolt://localhost:7687` or `neo4j://host:7687`. */
  uri: string;
  username: string;
  password: string;
  /** The database to use (NEO4J_DATABASE); the user's home database when omitted. */
  database?: string;
  /** Socket connect timeout (driver default 30 s); tests set it low to fail fast. */
  connectionTimeoutMs?: number;
  /** How long the driver keeps retrying a managed transaction after transient errors (driver default 30 s). */
  maxTransactionRetryTimeMs?: number;
}

/** The server cannot be reached, rejects the credentials, or lacks the database. Never carries the password. */
export class Neo4jConnectionError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

/** The URI without any `user:password@` part, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}


async function runStatement(tx: ManagedTransaction, text: string, params: Params): Promise<Row[]> {
  const result = await tx.run(text, toNeo4jParams(params));
  return result.records.map(fromNeo4jRecord);
}

export class Neo4jAdapter implements EngineAdapter {
  readonly engine = 'neo4j' as const;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    /** Shared by every session, so a read sees the writes before it even on a cluster (causal chaining). */
    private readonly bookmarks: BookmarkManager,
  ) {}

  /**
   * Creates the driver and checks that the server is reachable, accepts the credentials and serves the
   * database; otherwise closes the driver and throws a Neo4jConnectionError naming the URI (never the
   * password).
   */
  static async connect(options: Neo4jOptions, logger?: Logger): Promise<Neo4jAdapter> {
    const uri = redactUri(options.uri);
    const config: Config = {
      userAgent: 'city-diplomacy-graph',
      ...(options.connectionTimeoutMs !== undefined && {
        connectionTimeout: options.connectionTimeoutMs,
        connectionAcquisitionTimeout: Math.max(options.connectionTimeoutMs, 1000),
      }),
      ...(options.maxTransactionRetryTimeMs !== undefined && {
        maxTransactionRetryTime: options.maxTransactionRetryTimeMs,
      }),
      ...(logger && {
        logging: {
          level: 'warn',
          logger: (level, message) =>
            level === 'error' ? logger.error({ uri }, message) : logger.warn({ uri }, message),
        },
      }),
    };
    let driver: Driver;
    try {
      driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), config);
    } catch (error) {
      throw new Neo4jConnectionError(`Invalid Neo4j configuration for ${uri}: ${redact((error as Error).message, options)}`);
    }
    const adapter = new Neo4jAdapter(driver, options.database, neo4j.bookmarkManager());
    try {
      await driver.verifyConnectivity({ database: options.database });
      // On a direct (bolt://) connection verifyConnectivity does not check the database: ask it something.
      await adapter.run('RETURN 1 AS ok', {}, 'read');
    } catch (error) {
      await driver.close().catch(() => undefined);
      const err = error as Error & { code?: string };
      const code = err.code ?? '';
      const db = options.database ? `database "${options.database}"` : 'the default database';
      const [what, hint] = /Security\.(Unauthorized|AuthenticationRateLimit)/.test(code)
        ? [`Neo4j at ${uri} rejected the credentials of user "${options.username}"`, 'Check NEO4J_USERNAME and NEO4J_PASSWORD.']
        : /DatabaseNotFound|Database\.DatabaseUnavailable/.test(code)
          ? [`Neo4j at ${uri} cannot serve ${db}`, 'Check NEO4J_DATABASE.']
          : [`Cannot connect to Neo4j at ${uri} (${db})`, 'Is the server running, and is NEO4J_URI right?'];
      const detail = `${redact(err.message, options)}${code ? ` [${code}]` : ''}`;
      throw new Neo4jConnectionError(`${what}: ${detail}. ${hint}`, code || undefined);
    }
    logger?.info({ uri, database: options.database ?? '(default)' }, 'connected to Neo4j');
    return adapter;
  }

  /**
   * An adapter over a driver the caller created (and verified); `close()` closes it. For callers that
   * configure the driver themselves, and for tests with a fake driver.
   */
  static withDriver(driver: Driver, database?: string): Neo4jAdapter {
    return new Neo4jAdapter(driver, database, neo4j.bookmarkManager());
  }

  /**
   * Runs one statement in a managed transaction (`executeRead`/`executeWrite`: retried after transient
   * errors), except schema commands, which run as auto-commit statements.
   */
  async run(text: string, params: Params, mode: AccessMode, options: RunOptions = {}): Promise<Row[]> {
    // Writes are never cut short: one that started runs to its commit or rollback.
    const signal = mode === 'read' ? options.signal : undefined;
    if (signal?.aborted) throw cancelled();
    const session = this.session(mode === 'read' ? 'read' : 'write');
    // Closing the session resets its connection: the server terminates the transaction and its query (as the
    // driver's own executeQuery does for its `signal`).
    const stop = () => void session.close().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      // Neo4j refuses schema commands inside an explicit transaction: they run auto-commit.
      if (mode === 'schema') {
        const result = await session.run(text, toNeo4jParams(params));
        return result.records.map(fromNeo4jRecord);
      }
      const work = (tx: ManagedTransaction) => runStatement(tx, text, params);
      return mode === 'read' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
      await session.close();
    }
  }

  /**
   * Runs `work` in one managed write transaction: committed if it resolves, rolled back if it throws.
   * The driver retries a managed transaction function after transient errors (deadlocks, leader
   * switches, lost connections), so `work` may run more than once and must be safe to re-run: no side
   * effects outside the transaction (or idempotent ones) and no state carried over between attempts.
   */
  async writeTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.session('write');
    try {
      return await session.executeWrite((tx) => work({ run: (text, params) => runStatement(tx, text, params) }));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private session(mode: AccessMode): Session {
    if (this.closed) throw new Error('The Neo4j graph store is closed');
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }
}

function redact(message: string, options: Neo4jOptions): string {
  let out = message;
  if (options.password) out = out.split(options.password).join('***');
  if (options.uri !== redactUri(options.uri)) out = out.split(options.uri).join(redactUri(options.uri));
  return out;
}
