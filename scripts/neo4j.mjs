// `npm run neo4j`: a local Neo4j Community in the foreground for development (Ctrl-C stops it cleanly).
//   data:     NEO4J_DATA_DIR, default ./data/neo4j (kept between runs; delete it to start empty)
//   Bolt:     127.0.0.1, port NEO4J_BOLT_PORT, default 7687
//   login:    user neo4j, password NEO4J_PASSWORD, default "diplomacy-dev-password" (as docker-compose.yml)
// Then, in another terminal: GRAPH_ENGINE=neo4j NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm start
import path from 'node:path';
import { ROOT, ensureBuilt, startNeo4j, stopNeo4j } from './neo4j-launcher.mjs';

export const DEFAULT_PASSWORD = 'diplomacy-dev-password';

const dataDir = path.resolve(ROOT, process.env.NEO4J_DATA_DIR?.trim() || 'data/neo4j');
const port = Number(process.env.NEO4J_BOLT_PORT?.trim() || 7687);
const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;

try {
  ensureBuilt();
  const neo4j = await startNeo4j({ dataDir, port, password, stdio: 'pipe-stderr', timeoutMs: 600_000 });
  const shown = process.env.NEO4J_PASSWORD ? '$NEO4J_PASSWORD' : DEFAULT_PASSWORD;
  console.log(`Neo4j is ready at ${neo4j.uri} (user neo4j, password ${shown}; data in ${path.relative(ROOT, dataDir) || '.'}).`);
  console.log(`Run the API on it:  GRAPH_ENGINE=neo4j NEO4J_URI=${neo4j.uri} NEO4J_PASSWORD=${shown} npm start`);
  console.log('Ctrl-C stops Neo4j.');
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => void stopNeo4j(neo4j));
  }
  const how = await neo4j.exited;
  process.exitCode = [0, 130, 143, 'SIGINT', 'SIGTERM'].includes(how) ? 0 : 1;
} catch (error) {
  console.error(`npm run neo4j: ${error.message}`);
  process.exitCode = 1;
}
