// Which engine the contract tests run on: a fresh in-memory embedded store by default, a wiped Neo4j
// database under `npm run test:neo4j` (GRAPH_ENGINE=neo4j with NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).
import { openStore, type OpenedStore } from '../../src/bootstrap';
import { loadConfig, type AppConfig, type Neo4jConfig } from '../../src/config';
import { silentLogger, type Logger } from '../../src/logger';
import { Neo4jAdapter } from '../../src/store/neo4j-adapter';

export type TestStoreConfig = Pick<AppConfig, 'engine' | 'dataDir' | 'neo4j'>;

/**
 * The embedded engine in memory, unless GRAPH_ENGINE=neo4j: then the Neo4j settings from the environment,
 * read by `loadConfig` (which fails when NEO4J_URI is missing). A NEO4J_URI alone does not switch engines,
 * because the tests wipe the database they use: an exported NEO4J_URI must not make `npm test` delete it.
 */
export function testStoreConfig(env: NodeJS.ProcessEnv = process.env): TestStoreConfig {
  if (env.GRAPH_ENGINE?.trim() !== 'neo4j') return { engine: 'embedded', dataDir: ':memory:' };
  const { engine, dataDir, neo4j } = loadConfig(env);
  return { engine, dataDir, neo4j };
}

/**
 * Opens an empty store on the test engine (schema applied, no data): a new in-memory graph, or the Neo4j
 * database with every node and relationship deleted first. Callers seed it as they need.
 */
export async function openTestStore(
  options: { shuffleUnordered?: boolean } = { shuffleUnordered: true },
  logger: Logger = silentLogger,
): Promise<OpenedStore> {
  const config = testStoreConfig();
  if (config.engine === 'neo4j') await wipeNeo4j(config.neo4j!);
  return openStore(config, logger, options);
}

/** Deletes every node and relationship (constraints and indexes stay: the schema is idempotent). */
export async function wipeNeo4j(config: Neo4jConfig): Promise<void> {
  const adapter = await Neo4jAdapter.connect({ ...config, connectionTimeoutMs: 5000 });
  try {
    await adapter.run('MATCH (n) DETACH DELETE n', {}, 'write');
  } finally {
    await adapter.close();
  }
}
