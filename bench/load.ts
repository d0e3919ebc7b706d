// `npm run bench:load`: a benchmark, not a test. Loads the synthetic network (10,000 cities, 100,000 relationships)
// into a data directory, starts the server on it (node dist/src/main.js, loopback), and drives it with autocannon:
//   1. reads alone (LOAD_SECONDS / 3), then 90% reads / 10% writes (LOAD_SECONDS, default 60) at 50 connections,
//      unique write ids, then reads alone again (the read ratio is against the mean of both): req/s and p50/p99 per
//      kind, errors, server RSS every 5 s; then every acknowledged write is looked up.
//   2. `{ __typename }` latency idle, then while each attack of the issue runs (analytics aliases, the hub's nested
//      partners, aliased neighbourhoods), sent by three attackers in a worker thread beside the probe.
// Environment: LOAD_SECONDS, LOAD_CONNECTIONS, EMBEDDED_READ_CONCURRENCY (passed to the server), LOAD_SCENARIOS=attacks
// (the second part alone), LOAD_ATTACKS=false (the mixed load only), LOAD_ATTACK_ONLY=<text> (only the attacks whose
// name contains it).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openStore } from '../src/bootstrap';
import { silentLogger } from '../src/logger';
import { BENCH_SPEC, generateSynthetic, loadSynthetic } from './synthetic';

// autocannon ships no types; the part used here:
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{ requests: { total: number } }>;

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const TOKEN = randomBytes(24).toString('hex');
const ROOT = path.join(__dirname, '../..');

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function startServer(dataDir: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      GRAPH_DATA_DIR: dataDir,
      AUTO_SEED: 'false',
      LOG_LEVEL: 'info',
      API_TOKENS: `bench:editor:${TOKEN}`,
      NODE_ENV: 'production',
      ...(process.env.EMBEDDED_READ_CONCURRENCY ? { EMBEDDED_READ_CONCURRENCY: process.env.EMBEDDED_READ_CONCURRENCY } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.includes('"server listening"')) resolve(String(JSON.parse(line).url));
    });
    void exited.then(() => reject(new Error('the server exited before listening')));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      const started = performance.now();
      child.kill('SIGTERM');
      await exited;
      console.log(`server stopped ${ms(performance.now() - started)} after SIGTERM`);
    },
  };
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

interface Tally {
  latencies: Record<string, number[]>;
  errors: Record<string, number>;
  acknowledged: string[];
}

function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

const READ = `query($id: ID!) { city(id: $id) { name nation { name } partners { tier city { name } } } }`;
const WRITE = `mutation($input: CityInput!) { upsertCity(input: $input) { id } }`;

/** Runs autocannon with a writer share; latencies are timed per request kind from send to response. */
async function drive(url: string, seconds: number, writeShare: number, connections = CONNECTIONS): Promise<{ tally: Tally; requests: number; rss: number[] }> {
  const tally: Tally = { latencies: { read: [], write: [] }, errors: {}, acknowledged: [] };
  let sequence = 0;
  const run = `${process.pid}-${Date.now()}`;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          const n = sequence++;
          const write = writeShare > 0 && n % Math.round(1 / writeShare) === 0;
          context.kind = write ? 'write' : 'read';
          context.sentAt = performance.now();
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (write) {
            const id = `load-${run}-${n}`;
            context.id = id;
            headers.authorization = `Bearer ${TOKEN}`;
            return { ...request, headers, body: body(WRITE, { input: { id, name: `Load ${n}`, kind: 'CITY', nation: 'AE', source: 'bench' } }) };
          }
          const city = `city-${String(n % BENCH_SPEC.cities).padStart(5, '0')}`;
          return { ...request, headers, body: body(READ, { id: city }) };
        },
        onResponse: (status: number, responseBody: string, context: Record<string, unknown>) => {
          const kind = String(context.kind);
          tally.latencies[kind].push(performance.now() - Number(context.sentAt));
          let parsed: { errors?: { extensions?: { code?: string } }[] } = {};
          try {
            parsed = JSON.parse(responseBody);
          } catch {
            /* counted below */
          }
          if (status !== 200 || parsed.errors) {
            const code = `${kind} ${status} ${parsed.errors?.[0]?.extensions?.code ?? ''}`.trim();
            tally.errors[code] = (tally.errors[code] ?? 0) + 1;
          } else if (kind === 'write') tally.acknowledged.push(String(context.id));
        },
      },
    ],
  });
  const result = await instance;
  return { tally, requests: result.requests.total, rss: [] };
}

function report(name: string, seconds: number, tally: Tally): void {
  for (const [kind, values] of Object.entries(tally.latencies)) {
    if (values.length === 0) continue;
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${name} ${kind}: ${(values.length / seconds).toFixed(0)} req/s, p50 ${ms(pct(sorted, 50))}, p99 ${ms(pct(sorted, 99))}, max ${ms(sorted[sorted.length - 1])} (${values.length} requests)`);
  }
  console.log(`  ${name} errors: ${JSON.stringify(tally.errors)}`);
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(query, variables) });
  return (await response.json()) as never;
}

/** `{ __typename }` latencies from one connection, one request at a time, for `seconds`. */
async function probe(url: string, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const start = performance.now();
    await post(url, '{ __typename }');
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies.sort((a, b) => a - b);
}

const SUBSETS = (() => {
  const types = ['SISTER_OF', 'MEMBER_OF', 'HOSTS', 'LOCATED_IN'];
  const out: string[][] = [];
  for (let mask = 1; mask < 16; mask++) out.push(types.filter((_t, i) => mask & (1 << i)));
  return out;
})();

const ATTACKS: Record<string, string> = {
  'networkMetrics × 15 aliases (one per subset of 4 types)': `{ ${SUBSETS.map((via, i) => `m${i}: networkMetrics(via: [${via.join(', ')}]) { nodeCount }`).join(' ')} }`,
  'networkMetrics × 3 aliases, varied subsets': '',
  "hub's partners' partners' partners": `{ city(id: "city-00000") { partners { city { partners { city { partners { city { id } } } } } } } }`,
  'neighborhood(depth: 3, limit: 1000) × 15 aliases': neighborhoods(15),
  // The most of them the cost accepts on this graph (src/server/traversal-cost.ts), answered.
  'neighborhood(depth: 3, limit: 1000) × 2 aliases': neighborhoods(2),
};

function neighborhoods(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `n${i}: neighborhood(id: "city-${String(i).padStart(5, '0')}", depth: 3, limit: 1000) { nodes { id } }`).join(' ')} }`;
}

/** The query an attacker sends on its `round`-th request. */
function attackQuery(name: string, round: number): string {
  if (ATTACKS[name]) return ATTACKS[name];
  const start = (round * 3) % 15;
  return `{ ${[0, 1, 2].map((k) => `m${k}: networkMetrics(via: [${SUBSETS[(start + k) % 15].join(', ')}]) { nodeCount exact sampleSize }`).join(' ')} }`;
}

/**
 * Three attackers in a loop until told to stop, in a worker thread: the refused floods answer hundreds of requests
 * a second, and handled on the probe's own event loop they delayed its timing (the client's wait, not the server's).
 */
async function attackerThread(url: string, name: string): Promise<void> {
  const outcomes: Record<string, number> = {};
  let stop = false;
  let round = 0;
  parentPort!.once('message', () => (stop = true));
  const attacker = async () => {
    while (!stop) {
      const started = performance.now();
      const result = await post(url, attackQuery(name, round++));
      const code = result.errors?.[0]?.extensions?.code ?? 'ok';
      outcomes[code] = (outcomes[code] ?? 0) + 1;
      outcomes[`${code} ms`] = Math.round(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: 3 }, attacker));
  parentPort!.postMessage(outcomes);
}

async function attack(url: string, name: string, seconds: number): Promise<void> {
  const worker = new Worker(__filename, { workerData: { url, name } });
  const outcomes = new Promise<Record<string, number>>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  const latencies = await probe(url, seconds);
  worker.postMessage('stop');
  const outcome = await outcomes;
  await worker.terminate();
  console.log(`  under "${name}": { __typename } p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}, max ${ms(latencies[latencies.length - 1])}; attack outcomes (and the last one's time) ${JSON.stringify(outcome)}`);
}

/** `{ __typename }` latency idle, then under each attack. */
async function attacks(url: string): Promise<void> {
  await probe(url, 2); // warm-up: the first requests of a fresh server are slow
  const idle = await probe(url, 10);
  console.log(`attacks — idle { __typename }: p50 ${ms(pct(idle, 50))}, p99 ${ms(pct(idle, 99))}`);
  const only = process.env.LOAD_ATTACK_ONLY;
  for (const name of Object.keys(ATTACKS).filter((n) => !only || n.includes(only))) await attack(url, name, Math.max(10, Math.round(SECONDS / 3)));
}

async function main(): Promise<void> {
  console.log(`load benchmark — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const { store } = await openStore({ engine: 'embedded', dataDir }, silentLogger);
  await loadSynthetic(store, generateSynthetic(BENCH_SPEC));
  await store.close();
  const server = await startServer(dataDir);
  try {
    console.log(`server ${server.url} on the synthetic network (${BENCH_SPEC.cities} cities, ${BENCH_SPEC.relationships} relationships), read concurrency ${process.env.EMBEDDED_READ_CONCURRENCY ?? 'default'}`);
    if (process.env.LOAD_SCENARIOS === 'attacks') return await attacks(server.url);
    // Warm-up (not counted): the first seconds after start are slower (caches, JIT), and would flatter the mixed load.
    await drive(server.url, 5, 0);
    // Reads alone before and after the mixed load, compared with their mean: a shared machine drifts over a minute,
    // and one phase of 20 s alone would make the ratio a coin toss (74% and 94% in two quiet runs).
    const aloneSeconds = Math.max(5, Math.round(SECONDS / 3));
    const before = await drive(server.url, aloneSeconds, 0);
    report('reads alone, before', aloneSeconds, before.tally);

    const rss: number[] = [rssMb(server.pid)];
    const sampler = setInterval(() => rss.push(rssMb(server.pid)), 5000);
    const mixed = await drive(server.url, SECONDS, 0.1);
    clearInterval(sampler);
    rss.push(rssMb(server.pid));
    report('mixed 90/10', SECONDS, mixed.tally);
    const after = await drive(server.url, aloneSeconds, 0);
    report('reads alone, after', aloneSeconds, after.tally);
    const readRate = (tally: Tally, seconds: number) => tally.latencies.read.length / seconds;
    const alone = [readRate(before.tally, aloneSeconds), readRate(after.tally, aloneSeconds)];
    const share = (100 * readRate(mixed.tally, SECONDS)) / ((alone[0] + alone[1]) / 2);
    console.log(`  read throughput under the mixed load: ${share.toFixed(0)}% of reads alone (${alone.map((r) => r.toFixed(0)).join(' and ')} req/s before and after)`);
    console.log(`  server RSS every 5 s (MB): ${rss.map((r) => r.toFixed(0)).join(' ')}; growth ${(rss[rss.length - 1] - rss[0]).toFixed(0)} MB`);

    let missing = 0;
    const ids = mixed.tally.acknowledged;
    for (let i = 0; i < ids.length; i += 15) {
      const batch = ids.slice(i, i + 15);
      const result = await post(server.url, `{ ${batch.map((id, k) => `c${k}: city(id: ${JSON.stringify(id)}) { id }`).join(' ')} }`);
      missing += batch.filter((_id, k) => !(result.data?.[`c${k}`] as { id?: string } | null)?.id).length;
    }
    console.log(`  acknowledged writes: ${ids.length}, missing afterwards: ${missing}`);

    if (process.env.LOAD_ATTACKS === 'false') return;
    await attacks(server.url);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  const { url, name } = workerData as { url: string; name: string };
  void attackerThread(url, name);
}
