// Which engine the contract tests run on: a fresh in-memory embedded store by default, a wiped Neo4j
// database under `npm run test:neo4j` (GRAPH_ENGINE=neo4j with NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).
import { openStore, type OpenedStore } from '../../src/bootstrap';
import { loadConfig, type AppConfig, type Neo4jConfig } from '../../src/config';
import { silentLogger, type Logger } from '../../src/logger';
import { EmbeddedAdapter } from '../../src/store/embedded-adapter';
import { Neo4jAdapter } from '../../src/store/neo4j-adapter';
import type { EngineAdapter } from '../../src/store/port';
import { CypherRegistry } from '../../src/store/registry';

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
 * On Neo4j every test store is the same database (Community Edition has one): a test that opens a second store
 * while a first is in use wipes the first one's data, and what it writes is seen by the first; such a test puts
 * the data back as it found it.
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

/** `describe` on every engine except those named, where the suite is skipped explicitly: its name says why. */
function describeUnless(skipOn: AppConfig['engine'], title: string, fn: () => void): void {
  (testStoreConfig().engine === skipOn ? describe.skip : describe)(title, fn);
}

/**
 * A suite about the embedded engine's own machinery (its data directory, SIGKILL of the in-process store), which
 * cannot apply to a Neo4j server: run under `npm test`, reported as skipped under `npm run test:neo4j` with a
 * name starting `embedded engine only (<why>)`.
 */
export function describeEmbeddedOnly(why: string, name: string, fn: () => void): void {
  describeUnless('neo4j', `embedded engine only (${why}): ${name}`, fn);
}

/** The Neo4j counterpart of describeEmbeddedOnly: skipped explicitly under `npm test`. */
export function describeNeo4jOnly(why: string, name: string, fn: () => void): void {
  describeUnless('embedded', `Neo4j only (${why}): ${name}`, fn);
}

/**
 * The environment that puts a child process (the server, the import CLI) on the test engine: a data directory
 * for the embedded engine, or the Neo4j of the tests (wiped first, as openTestStore does).
 */
export async function processEngineEnv(embeddedDataDir: string): Promise<Record<string, string>> {
  const config = testStoreConfig();
  if (config.engine !== 'neo4j') return { GRAPH_ENGINE: 'embedded', GRAPH_DATA_DIR: embeddedDataDir };
  await wipeNeo4j(config.neo4j!);
  const { uri, username, password, database } = config.neo4j!;
  return { GRAPH_ENGINE: 'neo4j', NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: database ?? '' };
}

/**
 * A bare engine adapter on the test engine, for tests of the engines themselves (ad-hoc Cypher rather than the
 * catalogue's named queries): a new in-memory embedded graph, or the wiped Neo4j database; schema applied.
 */
export async function openTestAdapter(): Promise<EngineAdapter> {
  const config = testStoreConfig();
  const adapter: EngineAdapter =
    config.engine === 'neo4j'
      ? (await wipeNeo4j(config.neo4j!), await Neo4jAdapter.connect({ ...config.neo4j!, connectionTimeoutMs: 5000 }))
      : EmbeddedAdapter.open({ dataDir: ':memory:', shuffleUnordered: true });
  for (const text of CypherRegistry.load().schemaStatements(adapter.engine)) await adapter.run(text, {}, 'schema');
  return adapter;
}
