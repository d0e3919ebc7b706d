// The only reader of process.env: parses and validates configuration, failing fast on bad values.
//
// Environment (an .env.example):
//   PORT=4000                      HOST=0.0.0.0                LOG_LEVEL=info
//   GRAPH_ENGINE=embedded          # or neo4j (then NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)
//   GRAPH_DATA_DIR=./data/graph    # the embedded store's directory, or :memory:
//   AUTO_SEED=true                 # load seed/graph.json into an empty store on start-up
//   CORS_ORIGINS=*                 # which web origins may call /graphql and /export from a browser: * (any, the
//                                  # default: a public read API whose writes need a bearer token), a comma-separated
//                                  # list (https://app.example.org,http://localhost:5173), or none (same origin only)
//
//   # Heavy work (see README, "Heavy work"): a deadline per GraphQL request, and the analytics workers.
//   REQUEST_TIMEOUT_MS=10000       # past it a query gets a TIMEOUT error and its work is stopped (0: no deadline)
//   EMBEDDED_READ_CONCURRENCY=2    # reads in the embedded engine at once (0: no bound); writes wait for at most that many
//   ANALYTICS_WORKERS=             # worker threads for the metrics (default: the cores but one, at least 1)
//   ANALYTICS_QUEUE_LIMIT=4        # computations waiting behind the running one; more get SERVICE_UNAVAILABLE
//   ANALYTICS_CACHE_MB=256         # bytes of cached results (LRU)
//   ANALYTICS_EXACT_LIMIT=250000000  # nodes × adjacency entries above which betweenness/closeness are sampled
//   ANALYTICS_PAGE_SIZE=5000       # nodes per batch of the projection read
//   EXPORT_CONCURRENCY=2           # /export downloads streamed at once (each reads the whole graph); more get 503
//   IMPORT_CHUNK_ROWS=10000        # changed records per write transaction of a bulk import (all or nothing still)
//
//   # Who may write (reads are open to everyone). Without any of these the server is read-only.
//   # API tokens: comma-separated name:role:token entries; role is editor or admin; a token is at least
//   # 24 characters and holds no comma (e.g. `openssl rand -hex 32`).
//   # Instead of the token itself, an entry may give its SHA-256 as `sha256:<64 hex digits>`, so the
//   # secret need not sit in the environment: `printf %s "$TOKEN" | sha256sum`.
//   API_TOKENS=alice:editor:3f1c…,ops:admin:sha256:9b7e…
//   # or the same as JSON: [{"name":"alice","role":"editor","token":"3f1c…"},{"name":"ops","role":"admin","sha256":"9b7e…"}]
//   # JWTs (either or both with API tokens): a shared HS256 secret (at least 32 characters) or a PEM
//   # public key (RSA → RS256/384/512 and PS256/384/512; EC P-256/384/521 → ES256/384/512; Ed25519 → EdDSA;
//   # newlines may be written as \n). Issuer and audience are then required and checked, as are `exp`
//   # and `sub` (the writer's name); the role comes from JWT_ROLE_CLAIM (a string or a list of strings).
//   JWT_SECRET=…                   # or JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----\n…"
//   JWT_ISSUER=https://login.example.org/
//   JWT_AUDIENCE=city-diplomacy-graph
//   JWT_ROLE_CLAIM=role
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { isRole, type Role } from './auth/roles';
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
  /** Changed records per write transaction of a bulk import (unset: the import's default, 10,000). */
  importChunkRows?: number;
  /** Write credentials; none configured means a read-only server. */
  auth: AuthConfig;
  /** Reads the embedded engine runs at once (0: no bound). */
  readConcurrency: number;
  /** A GraphQL query's deadline in milliseconds (0: none). */
  requestTimeoutMs: number;
  /** Streamed exports at once (EXPORT_CONCURRENCY); more get 503 with Retry-After. */
  exportConcurrency: number;
  analytics: { workers?: number; queueLimit: number; cacheBytes: number; exactWorkLimit: number; projectionPageSize: number };
  /** Origins whose pages may call the API from a browser: '*' for any, or a list (empty: same origin only). */
  corsOrigins: CorsOrigins;
}

export type CorsOrigins = '*' | readonly string[];

/** An operator-issued API token: only its SHA-256 is kept. */
export interface ApiTokenConfig {
  name: string;
  role: Role;
  sha256: Buffer;
}

export interface JwtConfig {
  /** `secret`: HS256 with JWT_SECRET; `public-key`: the algorithms JWT_PUBLIC_KEY's type allows. */
  kind: 'secret' | 'public-key';
  key: Uint8Array | KeyObject;
  algorithms: string[];
  issuer: string;
  audience: string;
  roleClaim: string;
}

export interface AuthConfig {
  apiTokens: ApiTokenConfig[];
  jwt?: JwtConfig;
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
    auth: parseAuth(env),
    readConcurrency: parseInteger('EMBEDDED_READ_CONCURRENCY', env.EMBEDDED_READ_CONCURRENCY, 2, 0),
    requestTimeoutMs: parseInteger('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 10_000, 0),
    analytics: {
      workers: env.ANALYTICS_WORKERS?.trim() ? parseInteger('ANALYTICS_WORKERS', env.ANALYTICS_WORKERS, 1, 1) : undefined,
      queueLimit: parseInteger('ANALYTICS_QUEUE_LIMIT', env.ANALYTICS_QUEUE_LIMIT, 4, 0),
      cacheBytes: parseInteger('ANALYTICS_CACHE_MB', env.ANALYTICS_CACHE_MB, 256, 1) * 1024 * 1024,
      exactWorkLimit: parseInteger('ANALYTICS_EXACT_LIMIT', env.ANALYTICS_EXACT_LIMIT, 250_000_000, 1),
      projectionPageSize: parseInteger('ANALYTICS_PAGE_SIZE', env.ANALYTICS_PAGE_SIZE, 5000, 1),
    },
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    exportConcurrency: parseInteger('EXPORT_CONCURRENCY', env.EXPORT_CONCURRENCY, 2, 1),
  };
  if (env.IMPORT_CHUNK_ROWS?.trim()) {
    const rows = Number(env.IMPORT_CHUNK_ROWS);
    if (!Number.isInteger(rows) || rows < 1) throw new ConfigError(`IMPORT_CHUNK_ROWS must be a positive integer, got "${env.IMPORT_CHUNK_ROWS}"`);
    config.importChunkRows = rows;
  }
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

function parseInteger(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < min) throw new ConfigError(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}

/** CORS_ORIGINS: unset or `*` (any origin), `none` (same origin only), or comma-separated origins (scheme://host[:port]). */
export function parseCorsOrigins(raw: string | undefined): CorsOrigins {
  const text = (raw ?? '').trim();
  if (text === '' || text === '*') return '*';
  if (text.toLowerCase() === 'none') return [];
  const origins = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  return origins.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    // An origin is scheme, host and port only: what a browser sends in its Origin header, without a trailing slash.
    const originOnly = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !entry.endsWith('/');
    if (!url || !originOnly || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${entry}" is not an origin: write scheme://host[:port] (e.g. http://localhost:5173), or * for any, or none`,
      );
    }
    return url.origin;
  });
}

function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Parses API_TOKENS and JWT_*; never puts a token or secret into an error message. */
export function parseAuth(env: NodeJS.ProcessEnv): AuthConfig {
  return { apiTokens: parseApiTokens(env.API_TOKENS ?? ''), jwt: parseJwt(env) };
}

export const MIN_API_TOKEN_LENGTH = 24;

/** SHA-256 of a token, as API tokens are kept in memory and compared. */
export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

interface RawApiToken {
  name?: unknown;
  role?: unknown;
  token?: unknown;
  sha256?: unknown;
}

function parseApiTokens(raw: string): ApiTokenConfig[] {
  const text = raw.trim();
  if (!text) return [];
  let entries: RawApiToken[];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ConfigError('API_TOKENS starts with "[" but is not valid JSON: expected [{"name","role","token" or "sha256"}, …]');
    }
    if (!Array.isArray(parsed)) throw new ConfigError('API_TOKENS as JSON must be an array');
    entries = parsed as RawApiToken[];
  } else {
    entries = text.split(',').map((entry, i) => {
      const [name, role, ...rest] = entry.trim().split(':');
      if (rest.length === 0) throw new ConfigError(`API_TOKENS entry ${i + 1} must be name:role:token`);
      const secret = rest.join(':');
      return /^sha256:/i.test(secret) ? { name, role, sha256: secret.slice(7) } : { name, role, token: secret };
    });
  }
  const tokens = entries.map((entry, i) => parseApiToken(entry, i + 1));
  const seenNames = new Set<string>();
  const seenHashes = new Set<string>();
  for (const token of tokens) {
    if (seenNames.has(token.name)) throw new ConfigError(`API_TOKENS names "${token.name}" twice: each token needs its own name`);
    if (seenHashes.has(token.sha256.toString('hex'))) throw new ConfigError(`API_TOKENS holds the token of "${token.name}" twice`);
    seenNames.add(token.name);
    seenHashes.add(token.sha256.toString('hex'));
  }
  return tokens;
}

function parseApiToken(entry: RawApiToken, position: number): ApiTokenConfig {
  const where = `API_TOKENS entry ${position}`;
  if (typeof entry !== 'object' || entry === null) throw new ConfigError(`${where} must be an object`);
  const name = typeof entry.name === 'string' ? entry.name.trim() : '';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/.test(name)) {
    throw new ConfigError(`${where}: the name must be 1 to 64 letters, digits or _.@- (it appears in the audit log)`);
  }
  const role = typeof entry.role === 'string' ? entry.role.trim().toLowerCase() : entry.role;
  if (!isRole(role)) throw new ConfigError(`${where} ("${name}"): the role must be editor or admin`);
  if (typeof entry.sha256 === 'string') {
    if (!/^[0-9a-f]{64}$/i.test(entry.sha256.trim())) throw new ConfigError(`${where} ("${name}"): sha256 must be 64 hex digits`);
    return { name, role, sha256: Buffer.from(entry.sha256.trim(), 'hex') };
  }
  if (typeof entry.token !== 'string' || entry.token.trim().length < MIN_API_TOKEN_LENGTH) {
    throw new ConfigError(`${where} ("${name}"): the token must be at least ${MIN_API_TOKEN_LENGTH} characters (or give its sha256)`);
  }
  return { name, role, sha256: sha256(entry.token.trim()) };
}

export const MIN_JWT_SECRET_LENGTH = 32;

function parseJwt(env: NodeJS.ProcessEnv): JwtConfig | undefined {
  const secret = env.JWT_SECRET ?? '';
  const pem = (env.JWT_PUBLIC_KEY ?? '').trim().replace(/\\n/g, '\n');
  if (!secret && !pem) return undefined;
  if (secret && pem) throw new ConfigError('Set JWT_SECRET or JWT_PUBLIC_KEY, not both');
  const issuer = env.JWT_ISSUER?.trim();
  const audience = env.JWT_AUDIENCE?.trim();
  if (!issuer || !audience) {
    throw new ConfigError('JWT verification needs JWT_ISSUER and JWT_AUDIENCE: tokens are accepted only from that issuer, for this audience');
  }
  const roleClaim = env.JWT_ROLE_CLAIM?.trim() || 'role';
  if (secret) {
    if (secret.length < MIN_JWT_SECRET_LENGTH) throw new ConfigError(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    return { kind: 'secret', key: new TextEncoder().encode(secret), algorithms: ['HS256'], issuer, audience, roleClaim };
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new ConfigError('JWT_PUBLIC_KEY is not a PEM public key (-----BEGIN PUBLIC KEY-----…)');
  }
  return { kind: 'public-key', key, algorithms: algorithmsFor(key), issuer, audience, roleClaim };
}

/** The JWS algorithms a public key can verify: pinned by key type, so a token cannot pick another. */
function algorithmsFor(key: KeyObject): string[] {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    case 'rsa-pss':
      return ['PS256', 'PS384', 'PS512'];
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      const alg = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' }[curve ?? ''];
      if (!alg) throw new ConfigError(`JWT_PUBLIC_KEY uses the curve ${curve}; supported: P-256, P-384, P-521`);
      return [alg];
    }
    case 'ed25519':
      return ['EdDSA'];
    default:
      throw new ConfigError(`JWT_PUBLIC_KEY is a ${key.asymmetricKeyType} key; supported: RSA, EC (P-256/384/521), Ed25519`);
  }
}
