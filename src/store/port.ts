// The storage port: the only interface the rest of the application sees of a graph database.
export type Engine = 'embedded' | 'neo4j';

/** Parameters of a query: plain JS values (numbers, strings, booleans, null, arrays, maps). */
export type Params = Record<string, unknown>;

/** One result row: plain JS values (integers as numbers, temporal values as ISO strings, maps as objects). */
export type Row = Record<string, unknown>;

/**
 * Whether a statement only reads, also writes, or changes the schema (constraints, indexes: Neo4j runs those
 * outside explicit transactions); declared in each `.cypher` file's header.
 */
export type AccessMode = 'read' | 'write' | 'schema';

/** How a read may be stopped: `signal` aborts when its request's deadline passed or its client left. */
export interface RunOptions {
  signal?: AbortSignal;
}

/** Node counts by label and relationship counts by type. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Runs statements inside one transaction (used for atomic multi-statement writes). */
export interface StatementRunner {
  run(text: string, params: Params): Promise<Row[]>;
}

/**
 * An engine adapter: runs Cypher text and returns plain rows. Adapters know nothing of query names,
 * metrics or logging; `GraphStore` (the executor) adds those.
 */
export interface EngineAdapter {
  readonly engine: Engine;
  /**
   * Runs one statement in its own transaction (managed read or write; schema statements auto-commit). A read whose
   * `options.signal` aborts is stopped as far as the engine allows (docs/engines.md, "Cancelling a query") and
   * rejects with a TIMEOUT DomainError.
   */
  run(text: string, params: Params, mode: AccessMode, options?: RunOptions): Promise<Row[]>;
  /** Runs `work` in one write transaction: committed if it resolves, rolled back if it throws. */
  writeTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
