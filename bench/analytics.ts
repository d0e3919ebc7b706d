// `npm run bench:analytics`: a benchmark, not a test. Builds a synthetic network (10,000 cities, 300
// organizations, 150 nations, 100,000 relationships; fixed seed) in an in-memory embedded store, loaded through
// the import's write queries in UNWIND batches, then prints the time to compute the network metrics, the time and peak
// memory of a GraphML export through the real exporter, and shortest-path latency percentiles.
// `GRAPH_ENGINE=neo4j NEO4J_URI=… npm run bench:analytics`: the same on Neo4j, whose database is WIPED first (every
// node and relationship); it refuses to run without NEO4J_URI. `npm run bench:engines` runs both side by side, with
// BENCH_SYNTHETIC_DATA (the network as JSON, generated once for both) and BENCH_PARTS (a comma-separated subset of
// projection, metrics, communities, sister, export, paths; default all).
import 'reflect-metadata';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/logger';
import { FULL_GRAPH, type RelType } from '../src/model/graph';
import { createServices } from '../src/services';
import { AnalyticsService } from '../src/services/analytics/analytics-service';
import { PROJECTION_PAGE_SIZE, readProjectionArrays } from '../src/services/analytics/projection-arrays';
import { seededRandom } from '../src/services/analytics/random';
import { GraphmlWriter } from '../src/services/exports/graphml';
import { streamGraph } from '../src/services/exports/stream';
import { projectGraph } from '../src/services/projection';
import { benchEngine, dataFrom, writeResult } from './engine';
import { latencySummary } from './stats';
import { BENCH_SPEC, LARGE_SPEC, generateSynthetic, loadSynthetic, type SyntheticGraph } from './synthetic';

const MB = 1024 * 1024;
const PAIRS = 200;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Samples RSS and heap every 10 ms while `work` runs; returns the peaks, and the CPU time of every thread of the process. */
async function sampled<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; peakRss: number; peakHeap: number; startRss: number; startHeap: number }> {
  global.gc?.();
  const start = process.memoryUsage();
  const cpu = process.cpuUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  try {
    const { value, ms } = await timed(work);
    const m = process.memoryUsage();
    const used = process.cpuUsage(cpu);
    return { value, ms, cpuMs: (used.user + used.system) / 1000, peakRss: Math.max(peakRss, m.rss), peakHeap: Math.max(peakHeap, m.heapUsed), startRss: start.rss, startHeap: start.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

/** The longest the event loop was kept from running a 10 ms timer while `work` ran. */
async function withLoopLag<T>(work: () => Promise<T>): Promise<{ value: T; maxLagMs: number }> {
  let maxLagMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
  }, 10);
  try {
    return { value: await work(), maxLagMs };
  } finally {
    clearInterval(timer);
  }
}

const PARTS = ['projection', 'metrics', 'communities', 'sister', 'export', 'paths'] as const;

function wantedParts(raw = process.env.BENCH_PARTS?.trim()): Set<string> {
  if (!raw) return new Set(PARTS);
  const parts = new Set(raw.split(',').map((part) => part.trim()));
  const unknown = [...parts].filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: unknown ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  if (parts.has('communities') && !parts.has('metrics')) throw new Error('BENCH_PARTS: communities needs metrics (it reuses its projection)');
  return parts;
}

async function main(): Promise<void> {
  const output = process.argv[2] ?? '/dev/null';
  const engine = benchEngine();
  const parts = wantedParts();
  console.log(`analytics benchmark — node ${process.version}, ${process.platform}/${process.arch}, on ${engine.describe('in memory')}`);
  const { store } = await engine.open(':memory:');
  const result: Record<string, number | string> = { engine: engine.engine };
  try {
    const spec = process.env.BENCH_SIZE === '1m' ? LARGE_SPEC : BENCH_SPEC;
    const graph = dataFrom<SyntheticGraph>(process.env.BENCH_SYNTHETIC_DATA, () => generateSynthetic(spec));
    const load = await timed(() => loadSynthetic(store, graph));
    const counts = await store.counts();
    const relationships = Object.values(counts.relationships).reduce((sum, n) => sum + n, 0);
    Object.assign(result, { relationships, loadMs: load.ms, loadRelationshipsPerSecond: relationships / (load.ms / 1000) });
    console.log(`network: ${JSON.stringify(counts.nodes)} ${JSON.stringify(counts.relationships)}`);
    console.log(
      `load (UNWIND batches of 5,000 through the import's write queries): ${seconds(load.ms)}, ` +
        `${Math.round(relationships / (load.ms / 1000))} relationships/s`,
    );

    if (parts.has('projection')) {
      const projection = await timed(() => projectGraph(store, FULL_GRAPH));
      result.projectionMs = projection.ms;
      console.log(`projection read for the exports (graphology, keyset pages of 1,000 nodes): ${seconds(projection.ms)}, ${projection.value.order} nodes, ${projection.value.size} relationships`);
      const pageSize = Number(process.env.ANALYTICS_PAGE_SIZE) || PROJECTION_PAGE_SIZE;
      const arrays = await withLoopLag(() => timed(() => readProjectionArrays(store, undefined, pageSize)));
      result.metricProjectionMs = arrays.value.ms;
      console.log(
        `projection read for the metrics (ids only, pages of ${pageSize.toLocaleString('en')} sources): ${seconds(arrays.value.ms)}, ` +
          `${arrays.value.value.ids.length} nodes, ${arrays.value.value.pairTypes.length} relationships; longest event-loop stall ${arrays.maxLagMs.toFixed(0)} ms`,
      );
    }

    // ANALYTICS_WORKERS, ANALYTICS_EXACT_LIMIT and ANALYTICS_PAGE_SIZE as the server reads them (default: the cores but one; 2.5e8; 5,000).
    const service = new AnalyticsService(store, {
      workers: Number(process.env.ANALYTICS_WORKERS) || undefined,
      exactWorkLimit: Number(process.env.ANALYTICS_EXACT_LIMIT) || undefined,
      projectionPageSize: Number(process.env.ANALYTICS_PAGE_SIZE) || undefined,
    });
    if (parts.has('metrics')) {
      const metrics = await withLoopLag(() => sampled(() => service.metrics()));
      const m = metrics.value;
      result.metricsMs = m.ms;
      result.metricsCpuMs = m.cpuMs;
      console.log(
        `metrics, all types, cold (projection + degree, betweenness, closeness, PageRank): ${seconds(m.ms)} (CPU ${seconds(m.cpuMs)}, all threads) ` +
          `on ${m.value.nodeCount} nodes / ${m.value.edgeCount} edges (${m.value.exact ? 'exact' : `sampled: ${m.value.sampleSize} pivots, seed ${m.value.seed}`}); peak RSS ${mb(m.peakRss)}; ` +
          `longest event-loop stall ${metrics.maxLagMs.toFixed(0)} ms`,
      );
      const cached = await timed(() => service.metrics());
      console.log(`metrics again, same graph version (cache): ${cached.ms.toFixed(2)} ms`);
      if (parts.has('communities')) {
        const communities = await timed(() => service.communities());
        console.log(`communities (Louvain, on the cached projection): ${seconds(communities.ms)}, ${communities.value.partition.communities.length} communities, modularity ${communities.value.partition.modularity.toFixed(4)}`);
      }
      const top = m.value.ranked('betweenness', { limit: 3 }).map((n) => `${n.id} ${n.betweenness.toFixed(4)}`);
      console.log(`top betweenness: ${top.join(', ')}`);
    }
    if (parts.has('sister')) {
      const sister = await timed(() => service.metrics(['SISTER_OF']));
      console.log(`metrics via SISTER_OF only (the projection read above reused; kernels cold): ${seconds(sister.ms)} on ${sister.value.nodeCount} nodes / ${sister.value.edgeCount} edges`);
    }

    if (parts.has('export')) {
      const out = fs.createWriteStream(output);
      const exported = await sampled(() => streamGraph(store, FULL_GRAPH, new GraphmlWriter({ mixed: false, description: 'benchmark' }), out));
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      const e = exported.value;
      result.exportMs = exported.ms;
      global.gc?.();
      const retained = process.memoryUsage().heapUsed - exported.startHeap;
      console.log(
        `GraphML export to ${output}: ${seconds(exported.ms)}, ${e.nodes} nodes, ${e.edges} edges, ${mb(e.bytes)}; ` +
          `RSS ${mb(exported.startRss)} before, peak ${mb(exported.peakRss)} (+${mb(exported.peakRss - exported.startRss)}); ` +
          `heapUsed ${mb(exported.startHeap)} before, peak ${mb(exported.peakHeap)} (+${mb(exported.peakHeap - exported.startHeap)}, ` +
          `garbage not yet collected), ${global.gc ? `${mb(retained)} retained after GC` : 'run with --expose-gc to see what is retained'}`,
      );
    }

    if (parts.has('paths')) {
      const random = seededRandom(BENCH_SPEC.seed + 1);
      const pairs: [string, string][] = [];
      while (pairs.length < PAIRS) {
        const a = graph.cities[Math.floor(random() * graph.cities.length)].id;
        const b = graph.cities[Math.floor(random() * graph.cities.length)].id;
        if (a !== b) pairs.push([a, b]);
      }
      // Through the service the API uses: the engine's search over every type, the level-by-level one over SISTER_OF.
      const { traversals } = createServices(store);
      for (const [key, via, what] of [
        ['pathAny', null, 'any relationship'],
        ['pathSister', ['SISTER_OF'], 'SISTER_OF only'],
      ] as [string, RelType[] | null, string][]) {
        const latencies: number[] = [];
        const lengths = new Map<string, number>();
        for (const [from, to] of pairs) {
          const { value, ms } = await timed(() => traversals.shortestPaths(from, to, { via, maxHops: 6, limit: 1, mode: 'one' }));
          latencies.push(ms);
          const length = value[0] ? String(value[0].relationships.length) : 'none';
          lengths.set(length, (lengths.get(length) ?? 0) + 1);
        }
        const { p50, p99 } = latencySummary(latencies);
        Object.assign(result, { [`${key}P50`]: p50, [`${key}P99`]: p99 });
        console.log(
          `shortest path (${what}, ≤ 6 hops, ${PAIRS} random city pairs): p50 ${p50.toFixed(2)} ms, ` +
            `p99 ${p99.toFixed(2)} ms, max ${Math.max(...latencies).toFixed(2)} ms; ` +
            `lengths ${JSON.stringify(Object.fromEntries([...lengths].sort()))}`,
        );
      }
    }
    writeResult(result);
  } finally {
    await store.close();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
