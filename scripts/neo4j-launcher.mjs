// Builds (once) and starts the in-process Neo4j of neo4j/ (the Maven module): shared by `npm run neo4j` and
// `npm run test:neo4j`. The first build downloads Neo4j's jars into ~/.m2; later ones are offline and take seconds,
// and a build whose output is up to date is skipped altogether.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = path.join(ROOT, 'neo4j');
const POM = path.join(MODULE, 'pom.xml');
const SOURCES = path.join(MODULE, 'src/main/java');
const CLASSES = path.join(MODULE, 'target/classes');
const CLASSPATH = path.join(MODULE, 'target/classpath.txt');
const MAIN_CLASS = 'local.citydiplomacy.Neo4jLauncher';

/** The version pinned in neo4j/pom.xml (docker-compose.yml pins the same; a test checks). */
export function pinnedNeo4jVersion() {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!match) throw new Error(`no <neo4j.version> in ${POM}`);
  return match[1];
}

/**
 * JVM options: a modest heap (jest runs beside it on two cores) and the module openings Neo4j's own start script
 * passes to Java 17+ (netty and the page cache use them). NEO4J_JAVA_OPTS replaces the heap settings.
 */
export function jvmOptions(env = process.env) {
  const heap = env.NEO4J_JAVA_OPTS?.trim() ? env.NEO4J_JAVA_OPTS.trim().split(/\s+/) : ['-Xms256m', '-Xmx1g'];
  return [
    ...heap,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}

function javaCommand(env = process.env) {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why the module must be (re)built, or null when target/ is up to date and every jar it names is in ~/.m2. */
export function staleReason() {
  if (!fs.existsSync(CLASSPATH)) return 'not built yet';
  const built = fs.statSync(CLASSPATH).mtimeMs;
  if (Math.max(fs.statSync(POM).mtimeMs, newestMtime(SOURCES)) > built) return 'pom.xml or the launcher changed';
  if (!fs.existsSync(path.join(CLASSES, ...MAIN_CLASS.split('.')) + '.class')) return 'launcher class missing';
  const missing = readClasspath().find((jar) => !fs.existsSync(jar));
  return missing ? `${missing} is gone from the Maven repository` : null;
}

function readClasspath() {
  return fs.readFileSync(CLASSPATH, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

/** `mvn -q -f neo4j/pom.xml package` unless up to date; throws with Maven's output when it fails. */
export function ensureBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const reason = staleReason();
  if (!reason) return;
  log(`neo4j: building neo4j/ with Maven (${reason}); the first build downloads Neo4j ${pinnedNeo4jVersion()} (~170 MB) into ~/.m2`);
  const started = Date.now();
  const result = spawnSync('mvn', ['-B', '-q', '-f', POM, 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`cannot run mvn (is Maven installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`mvn -f neo4j/pom.xml package failed (exit ${result.status})`);
  log(`neo4j: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Spawns the launcher. `dataDir` or `temp: true`; `port` 0 picks a free one. Resolves once Neo4j prints its Bolt
 * URI: `{ uri, child, exited }`. Rejects (and kills the child) if it exits first or `timeoutMs` passes.
 */
export function startNeo4j({ dataDir, temp = false, port = 0, password, stdio = 'pipe-stderr', exitOnStdinClose = false, timeoutMs = 180_000, env = process.env }) {
  const args = [
    ...jvmOptions(env),
    '-cp',
    [CLASSES, ...readClasspath()].join(path.delimiter),
    MAIN_CLASS,
    '--port',
    String(port),
    ...(temp ? ['--temp'] : ['--data-dir', dataDir]),
    ...(exitOnStdinClose ? ['--exit-on-stdin-close'] : []),
  ];
  const started = Date.now();
  const child = spawn(javaCommand(env), args, {
    cwd: ROOT,
    env: { ...env, NEO4J_PASSWORD: password },
    stdio: [exitOnStdinClose ? 'pipe' : 'ignore', 'pipe', stdio === 'inherit' ? 'inherit' : 'pipe'],
  });
  let stderr = '';
  if (child.stderr) {
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
      if (stdio === 'pipe-stderr') process.stderr.write(chunk);
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not print its Bolt URI within ${timeoutMs / 1000} s:\n${stderr}`));
    }, timeoutMs);
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      buffer += chunk;
      const match = /^(bolt:\/\/\S+)$/m.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve({ uri: match[1], child, exited, startMs: Date.now() - started });
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${javaCommand(env)}: ${error.message}`));
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (${how}) before it was ready:\n${stderr}`));
    });
  });
}

/** SIGTERM (the launcher's shutdown hook stops Neo4j cleanly) and wait; SIGKILL after `graceMs`. */
export async function stopNeo4j({ child, exited }, graceMs = 30_000) {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}
