// Benchmark (not a test): a 10,000-record importGraph on the embedded engine, file-backed, through the GraphQL
// mutation in process: time and peak memory of the import, of re-importing it unchanged, and of a dry run.
// `npm run bench:import` (BENCH_RECORDS=… to change the size).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Authenticator } from '../src/auth/authenticator';
import { RequestAuth } from '../src/auth/request-auth';
import { openStore, readSeed, seedIfEmpty } from '../src/bootstrap';
import { parseAuth } from '../src/config';
import { createContext, type Context } from '../src/graphql/context';
import { createSchema } from '../src/graphql/schema';
import { silentLogger } from '../src/logger';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const TOKEN = 'bench-admin-token-0123456789abcdef';

/** A deterministic pseudo-random generator (mulberry32), so every run imports the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` records: a fifth cities, 2% organizations, 3% officials, the rest relationships among them and the seed. */
function syntheticGraph(total: number, nations: string[]) {
  const rnd = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const n = (share: number) => Math.round(total * share);
  const cities = Array.from({ length: n(0.2) }, (_, i) => ({ id: `bench-city-${i}`, name: `Bench City ${i}`, kind: 'CITY', nation: pick(nations), source: 'bench' }));
  const organizations = Array.from({ length: n(0.02) }, (_, i) => ({ id: `bench-org-${i}`, name: `Bench Organization ${i}`, acronym: `BO${i}`, category: 'QUASI_GOVERNMENTAL', source: 'bench' }));
  const officials = Array.from({ length: n(0.03) }, (_, i) => ({ id: `bench-official-${i}`, name: `Official ${i}`, title: 'Mayor', source: 'bench' }));
  const unique = <T>(count: number, make: () => T, key: (t: T) => string) => {
    const out = new Map<string, T>();
    while (out.size < count) {
      const item = make();
      out.set(key(item), item);
    }
    return [...out.values()];
  };
  const cityIds = cities.map((c) => c.id).concat('seoul');
  const partnerships = unique(
    n(0.3),
    () => {
      const [a, b] = [pick(cityIds), pick(cityIds)];
      return a === b ? { cityA: a, cityB: cityIds[(cityIds.indexOf(b) + 1) % cityIds.length], tier: 'SISTER', since: 1950 + Math.floor(rnd() * 70), source: 'bench' } : { cityA: a, cityB: b, tier: rnd() < 0.5 ? 'SISTER' : 'FRIENDSHIP', since: null, source: 'bench' };
    },
    (p) => [p.cityA, p.cityB].sort().join('|'),
  );
  const memberships = unique(n(0.25), () => ({ city: pick(cityIds), organization: pick(organizations).id, since: 1990 + Math.floor(rnd() * 30), role: null, source: 'bench' }), (m) => `${m.city}|${m.organization}`);
  const hostings = unique(n(0.05), () => ({ city: pick(cityIds), organization: pick(organizations).id, office: 'Regional office', source: 'bench' }), (h) => `${h.city}|${h.organization}`);
  const officialIds = officials.map((o) => o.id);
  const meetings = unique(
    n(0.1),
    () => {
      const a = pick(officialIds);
      const b = officialIds[(officialIds.indexOf(a) + 1 + Math.floor(rnd() * (officialIds.length - 1))) % officialIds.length];
      return { official: a, with: b, on: `20${10 + Math.floor(rnd() * 14)}-0${1 + Math.floor(rnd() * 9)}`, topics: ['cooperation'], source: 'bench' };
    },
    (m) => `${[m.official, m.with].sort().join('|')}|${m.on}`,
  );
  const graph = { cities, organizations, officials, partnerships, memberships, hostings, meetings, offices: [] as object[] };
  const used = Object.values(graph).reduce((sum, list) => sum + list.length, 0);
  graph.offices = Array.from({ length: total - used }, (_, i) => ({ official: officialIds[i % officialIds.length], targetLabel: 'City', target: cityIds[i % cityIds.length], title: `Envoy ${i}`, source: 'bench' }));
  return graph;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const seed = readSeed();
  const { store } = await openStore({ engine: 'embedded', dataDir }, silentLogger);
  await seedIfEmpty(store, seed, silentLogger);
  const apollo = new ApolloServer<Context>({ schema: await createSchema() });
  await apollo.start();
  const authenticator = Authenticator.fromConfig(parseAuth({ API_TOKENS: `bench:admin:${TOKEN}` }));
  const graph = syntheticGraph(RECORDS, seed.nations.map((n) => n.code));
  const body = JSON.stringify({ input: graph });
  const query = `mutation ($input: GraphImportInput!, $dryRun: Boolean) { importGraph(input: $input, dryRun: $dryRun) {
    applied records problemCount cities { created updated unchanged } partnerships { created updated unchanged } } }`;

  console.log(`importGraph of ${RECORDS} records (${mb(Buffer.byteLength(body))} of JSON) into the seeded embedded store (file-backed), in process`);
  const rows: string[] = [];
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
  await apollo.stop();
  await store.close();
  const fileSize = fs.readdirSync(dataDir).reduce((sum, f) => sum + fs.statSync(path.join(dataDir, f)).size, 0);
  console.log(`store on disk after close: ${mb(fileSize)} in ${dataDir}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
