// The Neo4j adapter (neo4j-driver): runs each statement in a managed transaction on one database.
import neo4j, { type Config, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Logger } from '../logger';
import { fromNeo4jRecord, toNeo4jParams } from './neo4j-values';
import type { AccessMode, EngineAdapter, Params, Row, StatementRunner } from './port';

export interface Neo4jOptions {
  /** e.g. `bolt://localhost:7687` or `neo4j://host:7687`. */
  uri: string;
  username: string;
  password: string;
  /** The database to use; the server's default database when omitted. */
  database?: string;
  /** Socket connect timeout (driver default 30 s); tests set it low to fail fast. */
  connectionTimeoutMs?: number;
  /** How long the driver keeps retrying a managed transaction after transient errors (driver default 30 s). */
  maxTransactionRetryTimeMs?: number;
}

/** The URI without any `user:password@` part, for messages and logs. */
function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}

async function runStatement(tx: ManagedTransaction, text: string, params: Params): Promise<Row[]> {
  const result = await tx.run(text, toNeo4jParams(params));
  return result.records.map(fromNeo4jRecord);
}

export class Neo4jAdapter implements EngineAdapter {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /**
   * Creates the driver and checks that the server is reachable and accepts the credentials; throws an
   * Error naming the URI (never the password) otherwise, after closing the driver.
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
      throw new Error(`Invalid Neo4j configuration for ${uri}: ${redact((error as Error).message, options)}`);
    }
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (error) {
      await driver.close().catch(() => undefined);
      const err = error as Error & { code?: string };
      const auth = /Security\.(Unauthorized|AuthenticationRateLimit)/.test(err.code ?? '');
      const what = auth
        ? `Neo4j at ${uri} rejected the credentials of user "${options.username}"`
        : `Cannot connect to Neo4j at ${uri}${options.database ? ` (database "${options.database}")` : ''}`;
      throw new Error(`${what}: ${redact(err.message, options)}${err.code ? ` [${err.code}]` : ''}`);
    }
    logger?.info({ uri, database: options.database ?? '(default)' }, 'connected to Neo4j');
    return new Neo4jAdapter(driver, options.database);
  }

  async run(text: string, params: Params, mode: AccessMode): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = (tx: ManagedTransaction) => runStatement(tx, text, params);
      return mode === 'read' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work({ run: (text, params) => runStatement(tx, text, params) }));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function redact(message: string, options: Neo4jOptions): string {
  let out = message;
  if (options.password) out = out.split(options.password).join('***');
  if (options.uri !== redactUri(options.uri)) out = out.split(options.uri).join(redactUri(options.uri));
  return out;
}
