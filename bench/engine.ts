// Which engine a benchmark runs on: the embedded engine by default; Neo4j with GRAPH_ENGINE=neo4j and NEO4J_URI
// (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), whose database the benchmark WIPES first (every node and
// relationship; constraints and indexes stay). Without NEO4J_URI it refuses to start. And where a benchmark writes
// its numbers for `npm run bench:engines` (BENCH_RESULT_FILE).
import fs from 'node:fs';
import { openStore, type OpenedStore } from '../src/bootstrap';
import { loadConfig, type Neo4jConfig } from '../src/config';
import { silentLogger } from '../src/logger';
import { Neo4jAdapter } from '../src/store/neo4j-adapter';
import type { Engine } from '../src/store/port';

export interface BenchEngine {
  engine: Engine;
  /** For the benchmark's first line: "embedded engine (…)" or "Neo4j at bolt://… (database wiped first)". */
  describe(embeddedWhere: string): string;
  /**
   * Opens the store: the embedded engine at `embeddedDataDir` (':memory:' or a directory), or the Neo4j database,
   * wiped first.
   */
  open(embeddedDataDir: string): Promise<OpenedStore>;
}

/** Reads GRAPH_ENGINE (and NEO4J_*) like the server; exits with a message when Neo4j is asked for without NEO4J_URI. */
export function benchEngine(env: NodeJS.ProcessEnv = process.env): BenchEngine {
  const engine = (env.GRAPH_ENGINE ?? 'embedded').trim() || 'embedded';
  if (engine === 'neo4j' && !env.NEO4J_URI?.trim()) {
    console.error(
      'GRAPH_ENGINE=neo4j needs NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) of a scratch database: the benchmark ' +
        'deletes every node in it first. `npm run bench:engines` starts a throwaway Neo4j itself.',
    );
    process.exit(2);
  }
  const config = loadConfig({ ...env, GRAPH_ENGINE: engine });
  if (config.engine === 'embedded') {
    return {
      engine: 'embedded',
      describe: (where) => `the embedded engine (Grafeo, ${where})`,
      open: (dataDir) => openStore({ engine: 'embedded', dataDir, neo4j: undefined }, silentLogger),
    };
  }
  const neo4j = config.neo4j!;
  return {
    engine: 'neo4j',
    describe: () => `Neo4j at ${neo4j.uri}${neo4j.database ? ` (database ${neo4j.database})` : ''}, its database wiped first`,
    open: async () => {
      await wipe(neo4j);
      return openStore({ engine: 'neo4j', dataDir: config.dataDir, neo4j }, silentLogger);
    },
  };
}

/** Deletes every node and relationship of the Neo4j database (the schema stays: applying it is idempotent). */
async function wipe(config: Neo4jConfig): Promise<void> {
  const adapter = await Neo4jAdapter.connect({ ...config, connectionTimeoutMs: 10_000 });
  try {
    await adapter.run('MATCH (n) DETACH DELETE n', {}, 'write');
  } finally {
    await adapter.close();
  }
}

/** Writes the benchmark's numbers as JSON to BENCH_RESULT_FILE when it is set (read by bench/engines.ts). */
export function writeResult(result: object, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.BENCH_RESULT_FILE?.trim();
  if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2));
}

/** Reads a JSON data file the driver generated once (BENCH_*_DATA), or makes the data here. */
export function dataFrom<T>(file: string | undefined, make: () => T): T {
  return file?.trim() ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : make();
}
