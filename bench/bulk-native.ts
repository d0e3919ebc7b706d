// Measurement (not a test, not part of `npm run bench:world`): 100,000 new partnerships between cities of the
// world-scale graph, created through the project's import path and through the embedded engine's native batch calls,
// each method in its own process on a fresh copy of the imported world directory; wall and CPU time of the write alone.
// Results and conclusions: docs/performance.md, "Round 4". The engine's calls are reached through the adapter's private
// handle: this is a measurement, not an API of the project.
// `tsc -p tsconfig.bench.json && node dist/bench/bulk-native.js <world dir> <work dir> [rounds]`; the work dir is
// overwritten. Env: BULK_METHODS (comma-separated, default all), BULK_NATIVE_CHUNK (edges per batchCreateEdges call,
// default 10,000), BULK_NATIVE_BARE=1 (native-edges without properties).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GrafeoDB } from '@grafeo-db/js';
import { openStore } from '../src/bootstrap';
import { silentLogger } from '../src/logger';
import { importGraph } from '../src/services/import';
import { seededRandom } from '../src/services/analytics/random';
import type { GraphStore } from '../src/store/graph-store';
import { repositories } from '../src/store/repositories';
import type { CreatableSection } from '../src/store/repositories/imports';
import { median } from './stats';
import { generateWorld } from './world-data';

const N = 100_000;
const CHUNK = 10_000;
const METHODS = ['open-close', 'import', 'cypher-create', 'native-edges', 'native-upsert', 'cypher-cities', 'native-cities'] as const;
type Method = (typeof METHODS)[number];
type Rec = Record<string, unknown>;

function newPartnerships(): Rec[] {
  const world = generateWorld();
  const seen = new Set(world.partnerships.map((p) => `${p.cityA}|${p.cityB}`));
  for (const p of world.partnerships) seen.add(`${p.cityB}|${p.cityA}`);
  const random = seededRandom(7);
  const rows: Rec[] = [];
  while (rows.length < N) {
    const a = String(world.cities[Math.floor(random() * world.cities.length)].id);
    const b = String(world.cities[Math.floor(random() * world.cities.length)].id);
    if (a === b || seen.has(`${a}|${b}`)) continue;
    seen.add(`${a}|${b}`).add(`${b}|${a}`);
    rows.push({ cityA: a, cityB: b, tier: random() < 0.5 ? 'SISTER' : 'FRIENDSHIP', since: random() < 0.7 ? 1950 + Math.floor(random() * 70) : null, source: 'bulk-native bench' });
  }
  return rows;
}

/** 100,000 new cities in the world's nations (the shape of world file 1's records). */
function newCities(nations: string[]): Rec[] {
  return Array.from({ length: N }, (_, i) => ({ id: `bulk-city-${i}`, name: `Bulk City ${i}`, kind: 'CITY', nation: nations[i % nations.length], source: 'bulk-native bench' }));
}

const engineOf = (store: GraphStore) => (store as unknown as { adapter: { db: GrafeoDB } }).adapter.db;

/** Internal ids of cities by key (one index lookup each, batches of 10,000). */
async function cityIds(db: GrafeoDB, keys: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const result = await db.executeCypher('UNWIND $keys AS key MATCH (c:City {id: key}) RETURN c.id AS key, id(c) AS id', { keys: keys.slice(i, i + CHUNK) });
    for (const row of result.toArray()) ids.set(String(row.key), Number(row.id));
  }
  return ids;
}

/** The import's own CREATE statement, one transaction per chunk, as its chunks run it (without the journal). */
async function cypherCreate(store: GraphStore, section: CreatableSection, rows: Rec[], updatedAt: string): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await store.transaction(async (tx) => {
      const n = await repositories(tx).imports.create(section, rows.slice(i, i + CHUNK), updatedAt);
      if (n !== Math.min(CHUNK, rows.length - i)) throw new Error(`wrote ${n}`);
    });
  }
}

async function nationCodes(db: GrafeoDB): Promise<string[]> {
  return (await db.executeCypher('MATCH (n:Nation) RETURN n.code AS code ORDER BY code')).toArray().map((r) => String(r.code));
}

async function write(method: Method, store: GraphStore, rows: Rec[], updatedAt: string): Promise<void> {
  const db = engineOf(store);
  switch (method) {
    case 'open-close':
      return;
    case 'import':
      await importGraph(store, { partnerships: rows }, { clock: () => new Date(updatedAt) });
      return;
    case 'cypher-create':
      return cypherCreate(store, 'partnerships', rows, updatedAt);
    case 'native-edges': {
      const c0 = process.cpuUsage();
      const ids = await cityIds(db, [...new Set(rows.flatMap((r) => [String(r.cityA), String(r.cityB)]))]);
      const c1 = process.cpuUsage(c0);
      process.stderr.write(`id lookup ${((c1.user + c1.system) / 1e6).toFixed(2)} CPU s\n`);
      const size = Number(process.env.BULK_NATIVE_CHUNK ?? CHUNK);
      const bare = process.env.BULK_NATIVE_BARE === '1';
      for (let i = 0; i < rows.length; i += size) {
        const edges = rows.slice(i, i + size).map((r) => ({
          src: ids.get(String(r.cityA))!,
          dst: ids.get(String(r.cityB))!,
          type: 'SISTER_OF',
          properties: bare ? undefined : Object.fromEntries(Object.entries({ tier: r.tier, since: r.since, source: r.source, updatedAt }).filter(([, v]) => v !== null)),
        }));
        await db.batchCreateEdges(edges);
      }
      return;
    }
    case 'cypher-cities':
      return cypherCreate(store, 'cities', newCities(await nationCodes(db)), updatedAt);
    case 'native-cities': {
      const codes = await nationCodes(db);
      const nationIds = new Map<string, number>();
      for (const row of (await db.executeCypher('UNWIND $codes AS code MATCH (n:Nation {code: code}) RETURN code, id(n) AS id', { codes })).toArray()) nationIds.set(String(row.code), Number(row.id));
      const cities = newCities(codes);
      for (let i = 0; i < cities.length; i += CHUNK) {
        const batch = cities.slice(i, i + CHUNK);
        const ids = await db.batchCreateNodesWithProps(['City'], batch.map((c) => ({ id: c.id, name: c.name, kind: c.kind, source: c.source, updatedAt })));
        await db.batchCreateEdges(batch.map((c, j) => ({ src: ids[j], dst: nationIds.get(String(c.nation))!, type: 'LOCATED_IN', properties: { source: c.source, updatedAt } })));
      }
      return;
    }
    case 'native-upsert':
      for (let i = 0; i < rows.length; i += CHUNK) {
        const batch = rows.slice(i, i + CHUNK).map((r) => Object.fromEntries(Object.entries({ src: r.cityA, dst: r.cityB, tier: r.tier, since: r.since, source: r.source, updatedAt }).filter(([, v]) => v !== null)));
        const summary = await db.upsertEdges('SISTER_OF', batch, { key: 'updatedAt', endpointKey: 'id', endpointLabels: ['City'] });
        if (summary.created !== batch.length) throw new Error(`upsert: ${JSON.stringify(summary)}`);
      }
      return;
  }
}

async function child(method: Method, dir: string, dataFile: string): Promise<void> {
  const rows = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as Rec[];
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { store } = await openStore({ engine: 'embedded', dataDir: dir }, silentLogger);
  const t1 = process.hrtime.bigint();
  const cpu1 = process.cpuUsage();
  await write(method, store, rows, '2026-12-01T00:00:00.000Z');
  const t2 = process.hrtime.bigint();
  const cpu2 = process.cpuUsage();
  if (method === 'import') {
    const sums = (await store.metrics.duration.get()).values.filter((v) => v.metricName?.endsWith('_sum') && v.value > 0.05);
    process.stderr.write(sums.map((v) => `${v.labels.query} ${v.value.toFixed(2)} s`).join(', ') + '\n');
  }
  const check = (await engineOf(store).executeCypher('MATCH ()-[r:SISTER_OF]->() RETURN count(r) AS n')).toArray()[0];
  await store.close();
  const t3 = process.hrtime.bigint();
  const cpu3 = process.cpuUsage();
  const s = (a: bigint, b: bigint) => Number(b - a) / 1e9;
  const c = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + b.system - a.system) / 1e6;
  process.stdout.write(JSON.stringify({ method, open: [s(t0, t1), c(cpu0, cpu1)], write: [s(t1, t2), c(cpu1, cpu2)], close: [s(t2, t3), c(cpu2, cpu3)], sisterOf: Number(check.n) }) + '\n');
}

async function parent(worldDir: string, workDir: string, rounds: number): Promise<void> {
  fs.mkdirSync(workDir, { recursive: true });
  const dataFile = path.join(workDir, 'partnerships.json');
  if (!fs.existsSync(dataFile)) fs.writeFileSync(dataFile, JSON.stringify(newPartnerships()));
  const results: Record<string, { write: number[]; cpu: number[]; open: number[]; close: number[] }> = {};
  for (let round = 0; round < rounds; round++) {
    const chosen = process.env.BULK_METHODS ? (process.env.BULK_METHODS.split(',') as Method[]) : [...METHODS];
    const order = round % 2 === 0 ? chosen : [...chosen].reverse();
    for (const method of order) {
      const dir = path.join(workDir, 'trial');
      fs.rmSync(dir, { recursive: true, force: true });
      fs.cpSync(worldDir, dir, { recursive: true });
      const load = os.loadavg()[0];
      const run = spawnSync(process.execPath, [__filename, 'child', method, dir, dataFile], { encoding: 'utf8', maxBuffer: 64 << 20 });
      if (run.status !== 0) throw new Error(`${method}: ${run.stderr}`);
      if (run.stderr.trim()) console.log(`  ${run.stderr.trim()}`);
      const r = JSON.parse(run.stdout.trim().split('\n').pop()!);
      const e = (results[method] ??= { write: [], cpu: [], open: [], close: [] });
      e.write.push(r.write[0]);
      e.cpu.push(r.write[1]);
      e.open.push(r.open[1]);
      e.close.push(r.close[1]);
      console.log(`round ${round + 1} ${method.padEnd(14)} load ${load.toFixed(1)}: write ${r.write[0].toFixed(2)} s (${r.write[1].toFixed(2)} CPU s), open ${r.open[1].toFixed(2)} CPU s, close ${r.close[1].toFixed(2)} CPU s; SISTER_OF ${r.sisterOf}`);
    }
  }
  console.log('\nmedians: method, write s, write CPU s, rel/s, rel per CPU s, open CPU s, close CPU s');
  for (const [method, e] of Object.entries(results)) {
    const w = median(e.write);
    const cpu = median(e.cpu);
    console.log(`${method.padEnd(14)} ${w.toFixed(2)} ${cpu.toFixed(2)} ${Math.round(N / w)} ${Math.round(N / cpu)} ${median(e.open).toFixed(2)} ${median(e.close).toFixed(2)}`);
  }
}

const [mode, ...args] = process.argv.slice(2);
(mode === 'child' ? child(args[0] as Method, args[1], args[2]) : parent(mode, args[0], Number(args[1] ?? 3))).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
