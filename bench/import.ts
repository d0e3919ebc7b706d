// Benchmark (not a test): a 10,000-record importGraph into the seeded graph through the GraphQL mutation in process:
// time and peak memory of the import, of re-importing it unchanged, and of a dry run. `npm run bench:import`
// (BENCH_RECORDS=… to change the size): the embedded engine, file-backed in a temporary directory.
// `GRAPH_ENGINE=neo4j NEO4J_URI=… npm run bench:import`: Neo4j, whose database is WIPED first (every node and
// relationship), then seeded; it refuses to run without NEO4J_URI. `npm run bench:engines` runs both side by side
// (BENCH_IMPORT_DATA: the graph, as JSON, generated once for both).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Authenticator } from '../src/auth/authenticator';
import { RequestAuth } from '../src/auth/request-auth';
import { readSeed, seedIfEmpty } from '../src/bootstrap';
import { parseAuth } from '../src/config';
import { createContext, type Context } from '../src/graphql/context';
import { createSchema } from '../src/graphql/schema';
import { silentLogger } from '../src/logger';
import { benchEngine, dataFrom, writeResult } from './engine';
import { relationshipRecords, syntheticGraph, type ImportGraph } from './import-data';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const TOKEN = 'bench-admin-token-0123456789abcdef';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const engine = benchEngine();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const seed = readSeed();
  const { store } = await engine.open(dataDir);
  await seedIfEmpty(store, seed, silentLogger);
  const apollo = new ApolloServer<Context>({ schema: await createSchema() });
  await apollo.start();
  const authenticator = Authenticator.fromConfig(parseAuth({ API_TOKENS: `bench:admin:${TOKEN}` }));
  const graph = dataFrom<ImportGraph>(process.env.BENCH_IMPORT_DATA, () => syntheticGraph(RECORDS, seed.nations.map((n) => n.code)));
  const records = Object.values(graph).reduce((sum, list) => sum + list.length, 0);
  const relationships = relationshipRecords(graph);
  const body = JSON.stringify({ input: graph });
  const query = `mutation ($input: GraphImportInput!, $dryRun: Boolean) { importGraph(input: $input, dryRun: $dryRun) {
    applied records problemCount cities { created updated unchanged } partnerships { created updated unchanged } } }`;

  console.log(
    `importGraph of ${records} records (${relationships} relationships; ${mb(Buffer.byteLength(body))} of JSON) into the seeded graph ` +
      `on ${engine.describe('file-backed')}, in process`,
  );
  const rows: string[] = [];
  const times: Record<string, number> = {};
  for (const [label, dryRun] of [['import (all created)', false], ['re-import (all unchanged)', false], ['dry run', true]] as const) {
    global.gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 5);
    const started = process.hrtime.bigint();
    const response = await apollo.executeOperation(
      { query, variables: { input: JSON.parse(body).input, dryRun } },
      { contextValue: createContext(store, seed.sources, new RequestAuth(authenticator, `Bearer ${TOKEN}`, silentLogger)) },
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    clearInterval(sampler);
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`${label} failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
    }
    const result = (response.body.singleResult.data as any).importGraph;
    times[label] = ms;
    rows.push(
      `${label.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms   peak RSS ${mb(peakRss).padStart(7)} (+${mb(peakRss - baseline.rss)})   ` +
        `peak heap ${mb(peakHeap).padStart(6)} (+${mb(peakHeap - baseline.heapUsed)})   cities ${JSON.stringify(result.cities)}`,
    );
  }
  console.log(rows.join('\n'));
  if (process.env.BENCH_QUERIES) {
    const sums = (await store.metrics.duration.get()).values.filter((v) => v.metricName?.endsWith('_sum'));
    for (const v of sums.sort((x, y) => y.value - x.value).slice(0, 12)) console.log(`  ${String(v.labels.query).padEnd(40)} ${(v.value * 1000).toFixed(0)} ms`);
  }
  const counts = await store.counts();
  console.log(`graph after: ${JSON.stringify(counts.nodes)} ${JSON.stringify(counts.relationships)}`);
  console.log(`process peak RSS (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  const importMs = times['import (all created)'];
  console.log(`import rate: ${Math.round(relationships / (importMs / 1000))} relationships/s (${Math.round(records / (importMs / 1000))} records/s)`);
  writeResult({
    engine: engine.engine,
    records,
    relationships,
    importMs,
    reimportMs: times['re-import (all unchanged)'],
    dryRunMs: times['dry run'],
    relationshipsPerSecond: relationships / (importMs / 1000),
  });
  await apollo.stop();
  await store.close();
  if (engine.engine === 'embedded') {
    const fileSize = fs.readdirSync(dataDir).reduce((sum, f) => sum + fs.statSync(path.join(dataDir, f)).size, 0);
    console.log(`store on disk after close: ${mb(fileSize)} in ${dataDir}`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
