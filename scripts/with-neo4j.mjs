// `npm run test:neo4j` = `node scripts/with-neo4j.mjs jest …`: runs a command with GRAPH_ENGINE=neo4j against
//  - the Neo4j named by NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when it is set: the tests
//    DELETE EVERY NODE of that database, so point it at a scratch one;
//  - otherwise a throwaway Neo4j it starts itself (neo4j/, a temporary data directory, a free port, a random
//    password), stopped with SIGTERM and waited for when the command ends.
// Exits with the command's exit code. Prints how long Neo4j took to start and the command to run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ensureBuilt, pinnedNeo4jVersion, startNeo4j, stopNeo4j } from './neo4j-launcher.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-neo4j.mjs <command> [args…]');
  process.exit(2);
}

function run(env) {
  const started = Date.now();
  const child = spawn(command, args, { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`with-neo4j: cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      console.error(`with-neo4j: ${command} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}

async function main() {
  if (process.env.NEO4J_URI?.trim()) {
    console.error(`with-neo4j: using the Neo4j at NEO4J_URI (its database is wiped by the tests)`);
    return run({ ...process.env, GRAPH_ENGINE: 'neo4j' });
  }
  const buildStarted = Date.now();
  ensureBuilt();
  const buildMs = Date.now() - buildStarted;
  const password = randomBytes(18).toString('base64url');
  const neo4j = await startNeo4j({ temp: true, port: 0, password, stdio: 'pipe', exitOnStdinClose: true });
  console.error(
    `with-neo4j: Neo4j ${pinnedNeo4jVersion()} ready at ${neo4j.uri} after ${(neo4j.startMs / 1000).toFixed(1)} s ` +
      `(build check ${(buildMs / 1000).toFixed(1)} s)`,
  );
  let code = 1;
  try {
    code = await run({
      ...process.env,
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: '',
    });
  } finally {
    const stopping = Date.now();
    const how = await stopNeo4j(neo4j);
    console.error(`with-neo4j: Neo4j stopped (${how}) in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`with-neo4j: ${error.message}`);
    process.exit(1);
  },
);
