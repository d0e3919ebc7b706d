// `npm run bench:engines`: the embedded engine and Neo4j side by side, on the same data, in one run.
//
// `scripts/with-neo4j.mjs` starts a throwaway Neo4j (temporary directory, free port, random password) and runs this
// file with NEO4J_URI etc. set; it stops Neo4j when this process ends, however it ends (and Neo4j exits by itself if
// with-neo4j is killed: its stdin closes). With NEO4J_URI already set, with-neo4j uses that server instead, and every
// round WIPES its database (every node and relationship).
//
// The data is generated once, with fixed seeds, into a temporary directory: the importGraph input of bench:import
// (10,000 records) and the synthetic network of bench:analytics (10,000 cities, 100,000 relationships); the API
// latencies are measured on the seed graph. After BENCH_ENGINE_WARMUPS (default 1) uncounted runs of the API
// benchmark on Neo4j, BENCH_ENGINE_ROUNDS times (default 3), each benchmark runs as its own process on each engine
// (the engine that goes first alternates between rounds), writing its numbers as JSON.
// The table gives each measure's median over the rounds (and the range), and Neo4j's median ÷ the embedded one's.
// The machine and its load average are printed with it: on a shared machine the ratios are the comparable figures.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeed } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { Neo4jAdapter } from '../src/store/neo4j-adapter';
import { relationshipRecords, syntheticGraph } from './import-data';
import { enginesTable, median, type EngineRow } from './stats';
import { BENCH_SPEC, generateSynthetic } from './synthetic';

type EngineName = 'embedded' | 'neo4j';
type Bench = 'api' | 'import' | 'analytics';
type Result = Record<string, any>;

const ROUNDS = Number(process.env.BENCH_ENGINE_ROUNDS ?? 3);
/** Uncounted runs of the API benchmark on Neo4j first: a long-running server is warm (JIT, query plans); a new one is not. */
const WARMUPS = Number(process.env.BENCH_ENGINE_WARMUPS ?? 1);
const IMPORT_RECORDS = 10_000;
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_CHILD_TIMEOUT_MS ?? 20 * 60_000);
const ANALYTICS_PARTS = 'projection,metrics,paths';
const ENGINE_LABEL: Record<EngineName, string> = { embedded: 'embedded', neo4j: 'Neo4j' };

let running: ChildProcess | null = null;
let stopping = false;
function stop(why: string): void {
  stopping = true;
  running?.kill('SIGTERM');
  console.error(`bench:engines: ${why}, stopping`);
}
// with-neo4j gone (killed): its Neo4j exits with it (its stdin closes), so stop at once rather than fail slowly.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  stop('the parent process is gone');
  process.exit(1);
}, 1000).unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stop(signal);
    process.exitCode = 130;
  });
}

/** Runs one benchmark on one engine as a child process; resolves with its JSON result. */
function runBench(bench: Bench, engine: EngineName, dir: string, tag: string): Promise<{ result: Result; ms: number }> {
  const resultFile = path.join(dir, `${tag}.json`);
  const logFile = path.join(dir, `${tag}.log`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GRAPH_ENGINE: engine,
    BENCH_RESULT_FILE: resultFile,
    BENCH_IMPORT_DATA: path.join(dir, 'import-graph.json'),
    BENCH_SYNTHETIC_DATA: path.join(dir, 'synthetic-graph.json'),
    BENCH_PARTS: ANALYTICS_PARTS,
  };
  if (engine === 'embedded') for (const key of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[key];
  const started = Date.now();
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, `${bench}.js`)], { env, stdio: ['ignore', log, log] });
  running = child;
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(log);
      running = null;
      const ms = Date.now() - started;
      if (code === 0 && fs.existsSync(resultFile)) return resolve({ result: JSON.parse(fs.readFileSync(resultFile, 'utf8')), ms });
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      reject(new Error(`${bench} on ${engine} failed (${signal ?? `exit ${code}`}) after ${(ms / 1000).toFixed(1)} s:\n${tail}`));
    });
  });
}

async function neo4jVersion(): Promise<string> {
  const { neo4j } = loadConfig({ ...process.env, GRAPH_ENGINE: 'neo4j' });
  const adapter = await Neo4jAdapter.connect({ ...neo4j!, connectionTimeoutMs: 10_000 });
  try {
    const rows = await adapter.run('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition', {}, 'read');
    return rows.map((row) => `${row.name} ${(row.versions as string[]).join(', ')} ${row.edition}`).join('; ');
  } finally {
    await adapter.close();
  }
}

function machine(): string {
  const cpus = os.cpus();
  const grafeo = JSON.parse(fs.readFileSync(require.resolve('@grafeo-db/js/package.json'), 'utf8')).version;
  return (
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ` +
    `${os.type()} ${os.release()}, Node ${process.version}, Grafeo ${grafeo}`
  );
}

const loadAverage = () => os.loadavg()[0];

function rows(results: Record<EngineName, Record<Bench, Result[]>>, importRelationships: number): EngineRow[] {
  const pick = (bench: Bench, get: (r: Result) => unknown) => (engine: EngineName) =>
    results[engine][bench].map(get).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const row = (label: string, digits: number, values: (engine: EngineName) => number[]): EngineRow => ({
    label,
    digits,
    embedded: values('embedded'),
    neo4j: values('neo4j'),
  });
  const seconds = (ms: unknown) => (typeof ms === 'number' ? ms / 1000 : undefined);
  return [
    row('flagship traversal p50, ms', 2, pick('api', (r) => r.flagship?.p50)),
    row('flagship traversal p99, ms', 2, pick('api', (r) => r.flagship?.p99)),
    row("nested query (Seoul's partners, 2 levels) p50, ms", 2, pick('api', (r) => r.nested?.p50)),
    row("nested query (Seoul's partners, 2 levels) p99, ms", 2, pick('api', (r) => r.nested?.p99)),
    row(`importGraph, ${IMPORT_RECORDS.toLocaleString('en-US')} records all new: relationships/s (${importRelationships.toLocaleString('en-US')} relationships)`, 0, pick('import', (r) => r.relationshipsPerSecond)),
    row('importGraph, same records again (all unchanged), s', 2, pick('import', (r) => seconds(r.reimportMs))),
    row(`bulk load, UNWIND batches of 5,000: relationships/s (${BENCH_SPEC.relationships.toLocaleString('en-US')} relationships)`, 0, pick('analytics', (r) => r.loadRelationshipsPerSecond)),
    row('projection read (10,450 nodes, 100,000 relationships), s', 2, pick('analytics', (r) => seconds(r.projectionMs))),
    row('network metrics, cold (projection + degree, betweenness, closeness, PageRank), s', 2, pick('analytics', (r) => seconds(r.metricsMs))),
    row('shortest path, any relationship, p50, ms', 2, pick('analytics', (r) => r.pathAnyP50)),
    row('shortest path, any relationship, p99, ms', 2, pick('analytics', (r) => r.pathAnyP99)),
    row('shortest path, SISTER_OF only, p50, ms', 2, pick('analytics', (r) => r.pathSisterP50)),
    row('shortest path, SISTER_OF only, p99, ms', 2, pick('analytics', (r) => r.pathSisterP99)),
  ];
}

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI?.trim()) {
    console.error('bench:engines needs a Neo4j: run `npm run bench:engines`, which starts a throwaway one (scripts/with-neo4j.mjs).');
    process.exit(2);
  }
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ENGINE_ROUNDS must be a positive integer, got ${process.env.BENCH_ENGINE_ROUNDS}`);
  if (!Number.isInteger(WARMUPS) || WARMUPS < 0) throw new Error(`BENCH_ENGINE_WARMUPS must be an integer ≥ 0, got ${process.env.BENCH_ENGINE_WARMUPS}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-engines-'));
  try {
    const seed = readSeed();
    const importGraph = syntheticGraph(IMPORT_RECORDS, seed.nations.map((n) => n.code));
    fs.writeFileSync(path.join(dir, 'import-graph.json'), JSON.stringify(importGraph));
    fs.writeFileSync(path.join(dir, 'synthetic-graph.json'), JSON.stringify(generateSynthetic(BENCH_SPEC)));
    const neo4j = await neo4jVersion();
    const header = [
      `machine: ${machine()}`,
      `Neo4j: ${neo4j} at ${process.env.NEO4J_URI} (JVM options: ${process.env.NEO4J_JAVA_OPTS?.trim() || 'the launcher defaults, -Xms256m -Xmx1g'})`,
      `data (generated once, fixed seeds): the seed graph for the API; importGraph of ${IMPORT_RECORDS} records; ` +
        `a synthetic network of ${BENCH_SPEC.cities} cities and ${BENCH_SPEC.relationships} relationships (seed ${BENCH_SPEC.seed})`,
    ];
    console.log(header.join('\n'));
    const results: Record<EngineName, Record<Bench, Result[]>> = {
      embedded: { api: [], import: [], analytics: [] },
      neo4j: { api: [], import: [], analytics: [] },
    };
    const loads: number[] = [loadAverage()];
    const started = Date.now();
    for (let i = 1; i <= WARMUPS && !stopping; i += 1) {
      const { ms } = await runBench('api', 'neo4j', dir, `warmup${i}-api-neo4j`);
      console.error(`bench:engines: warm-up ${i}/${WARMUPS} (not counted), api on Neo4j: ${(ms / 1000).toFixed(1)} s`);
    }
    for (let round = 1; round <= ROUNDS && !stopping; round += 1) {
      const order: EngineName[] = round % 2 === 1 ? ['embedded', 'neo4j'] : ['neo4j', 'embedded'];
      for (const bench of ['api', 'import', 'analytics'] as Bench[]) {
        for (const engine of order) {
          if (stopping) break;
          loads.push(loadAverage());
          const { result, ms } = await runBench(bench, engine, dir, `round${round}-${bench}-${engine}`);
          results[engine][bench].push(result);
          console.error(`bench:engines: round ${round}/${ROUNDS}, ${bench} on ${ENGINE_LABEL[engine]}: ${(ms / 1000).toFixed(1)} s (load average ${loadAverage().toFixed(1)})`);
        }
      }
    }
    if (stopping) return;
    loads.push(loadAverage());
    const importRelationships = relationshipRecords(importGraph);
    console.log(
      `\n${ROUNDS} rounds (after ${WARMUPS} uncounted warm-up run${WARMUPS === 1 ? '' : 's'} of the API benchmark on Neo4j) in ${((Date.now() - started) / 60_000).toFixed(1)} min; 1-minute load average on the 2 cores during the run: ` +
        `median ${median(loads).toFixed(1)}, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (sampled before each benchmark)`,
    );
    const queries = (engine: EngineName, key: string) => [...new Set(results[engine].api.map((r) => r[key]?.storeQueries))].join('/');
    console.log(
      `store queries per request: flagship ${queries('embedded', 'flagship')} embedded, ${queries('neo4j', 'flagship')} Neo4j; ` +
        `nested ${queries('embedded', 'nested')} embedded, ${queries('neo4j', 'nested')} Neo4j\n`,
    );
    console.log(enginesTable(rows(results, importRelationships)));
    console.log('\nNeo4j ÷ embedded above 1× in a time row, or below 1× in a rate row (relationships/s): Neo4j is slower.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
