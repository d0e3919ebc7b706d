// The only reader of process.env: parses and validates configuration, failing fast on bad values.
import path from 'node:path';
import type { Engine } from './store/port';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  engine: Engine;
  /** Directory of the embedded store, or ':memory:' for a throwaway in-memory graph. */
  dataDir: string;
  neo4j?: Neo4jConfig;
  logLevel: string;
  /** Load the seed into an empty store on start-up. */
  autoSeed: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const engine = (env.GRAPH_ENGINE ?? 'embedded').trim();
  if (engine !== 'embedded' && engine !== 'neo4j') {
    throw new ConfigError(`GRAPH_ENGINE must be "embedded" or "neo4j", got "${engine}"`);
  }
  const port = parsePort(env.PORT ?? '4000');
  const logLevel = (env.LOG_LEVEL ?? 'info').trim();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const dataDir = env.GRAPH_DATA_DIR?.trim() || './data/graph';
  const config: AppConfig = {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    engine,
    dataDir: dataDir === ':memory:' ? dataDir : path.resolve(dataDir),
    logLevel,
    autoSeed: parseBoolean('AUTO_SEED', env.AUTO_SEED ?? 'true'),
  };
  if (engine === 'neo4j') {
    const uri = env.NEO4J_URI?.trim();
    if (!uri) throw new ConfigError('GRAPH_ENGINE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)');
    config.neo4j = {
      uri,
      username: env.NEO4J_USERNAME?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE?.trim() || undefined,
    };
  }
  return config;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
