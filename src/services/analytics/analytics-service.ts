// Network metrics and communities, computed in worker threads (the request thread reads the projection through
// Cypher, so identically on both engines, and never runs a kernel), cached per graph version in a cache bounded in
// bytes. One computation per graph version, kind and selection at a time (single-flight): identical requests wait
// for the same one. Computations run one at a time, each on every worker; a bounded number wait, and beyond that a
// request is refused with SERVICE_UNAVAILABLE and a retry hint. A computation no waiting request wants any more
// (clients gone, deadlines passed) is cancelled.
import { canonicalTypes, type Label, type RelType } from '../../model/graph';
import { timedOut, unavailable } from '../../model/errors';
import type { GraphStore } from '../../store/graph-store';
import { samplePivots } from './kernel';
export { rankKey } from './kernel';
import { AbortedError, WorkerPool, defaultWorkerCount } from './pool';
import { PROJECTION_PAGE_SIZE, readProjectionArrays, selectPairs, type ProjectionTable } from './projection-arrays';
import { seededRandom } from './random';
import { estimateBytes, metricsAnalysis, type CommunitiesAnalysis, type MetricsAnalysis } from './analysis';
export { METRICS, type CommunitiesAnalysis, type Metric, type MetricsAnalysis, type NetworkAnalysis, type Sampling, type ScoredNode } from './analysis';

export interface AnalyticsOptions {
  /** Worker threads (default: the cores but one). */
  workers?: number;
  /** Computations that may wait behind the running one (default 4). */
  queueLimit?: number;
  /** Bytes the cached results may hold (default 256 MiB). */
  cacheBytes?: number;
  /**
   * Above this many units of work (nodes × adjacency entries: the cost of exact betweenness), betweenness and
   * closeness are estimated from as many pivots as the same work buys (default 2.5e8: about 3 s of one core at the
   * ~12 ns per unit measured on the benchmark graph; 1,250 pivots of its 10,450 nodes).
   */
  exactWorkLimit?: number;
  /** Seed of the pivot sample. */
  sampleSeed?: number;
  /** Source nodes per page of the projection read (default PROJECTION_PAGE_SIZE). */
  projectionPageSize?: number;
  /** The worker pool to use instead of one of `workers` threads (tests inject one whose workers run their own tasks). */
  pool?: WorkerPool;
}

export const ANALYTICS_DEFAULTS = { queueLimit: 4, cacheBytes: 256 * 1024 * 1024, exactWorkLimit: 2.5e8, sampleSeed: 42, projectionPageSize: PROJECTION_PAGE_SIZE } as const;

/** What a request may pass: its signal aborts when its client leaves or its deadline passes. */
export interface RequestOptions {
  signal?: AbortSignal;
}

interface Job<T> {
  promise: Promise<T>;
  waiters: number;
  controller: AbortController;
  started: boolean;
  start(): void;
}

export class AnalyticsService {
  private readonly pool: WorkerPool;
  private readonly options: Required<Omit<AnalyticsOptions, 'workers' | 'pool'>>;
  private readonly cache = new Map<string, { value: unknown; bytes: number }>();
  private cachedBytes = 0;
  private readonly jobs = new Map<string, Job<unknown>>();
  private readonly queue: Job<unknown>[] = [];
  private running = 0;
  private closed = false;

  constructor(
    private readonly store: GraphStore,
    options: AnalyticsOptions = {},
  ) {
    const { workers, pool, ...rest } = options;
    this.pool = pool ?? new WorkerPool(workers ?? defaultWorkerCount());
    this.options = { ...ANALYTICS_DEFAULTS, ...stripUndefined(rest) };
  }

  /** Degree, betweenness, closeness and PageRank of every node, ranked. */
  metrics(types?: readonly RelType[] | null, request: RequestOptions = {}): Promise<MetricsAnalysis> {
    const selection = canonicalTypes(types);
    return this.compute(`metrics|${selection.join(',')}`, request.signal, (signal) => this.computeMetrics(selection, signal));
  }

  /** Louvain communities with a fixed seed. */
  communities(types?: readonly RelType[] | null, request: RequestOptions = {}): Promise<CommunitiesAnalysis> {
    const selection = canonicalTypes(types);
    return this.compute(`communities|${selection.join(',')}`, request.signal, (signal) => this.computeCommunities(selection, signal));
  }

  /** Computations running and waiting, and the workers busy: for tests and metrics. */
  get load(): { running: number; queued: number; workersBusy: number; cachedBytes: number } {
    return { running: this.running, queued: this.queue.length, workersBusy: this.pool.busy, cachedBytes: this.cachedBytes };
  }

  /** Refuses new work, cancels what runs and waits, and stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queue]) job.controller.abort();
    for (const job of this.jobs.values()) job.controller.abort();
    await this.pool.close();
  }

  private compute<T>(name: string, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(unavailable('the server is shutting down', 1));
    if (signal?.aborted) return Promise.reject(deadline());
    const key = `${this.store.version}|${name}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return Promise.resolve(hit.value as T);
    }
    let job = this.jobs.get(key) as Job<T> | undefined;
    if (!job) {
      if (this.running > 0 && this.queue.length >= this.options.queueLimit) {
        return Promise.reject(
          unavailable(`The analytics queue is full (${this.options.queueLimit} computations waiting behind the running one): retry later`, this.retryAfterSeconds()),
        );
      }
      job = this.createJob(key, work);
    }
    return this.wait(job, signal);
  }

  private createJob<T>(key: string, work: (signal: AbortSignal) => Promise<T>): Job<T> {
    const controller = new AbortController();
    let begin!: () => void;
    const started = new Promise<void>((resolve) => (begin = resolve));
    // eslint-disable-next-line prefer-const
    let job!: Job<T>;
    job = {
      waiters: 0,
      controller,
      started: false,
      start: () => {
        job.started = true;
        this.running += 1;
        begin();
      },
      promise: (async () => {
        await started;
        try {
          if (controller.signal.aborted) throw new AbortedError();
          const value = await work(controller.signal);
          this.remember(key, value);
          return value;
        } finally {
          this.running -= 1;
          if (this.jobs.get(key) === job) this.jobs.delete(key);
          this.next();
        }
      })(),
    };
    job.promise.catch(() => undefined);
    controller.signal.addEventListener('abort', () => {
      // A request arriving from now on starts afresh rather than joining a cancelled computation.
      if (this.jobs.get(key) === job) this.jobs.delete(key);
      const at = this.queue.indexOf(job as Job<unknown>);
      if (at >= 0) {
        this.queue.splice(at, 1);
        job.start();
      }
    });
    this.jobs.set(key, job as Job<unknown>);
    if (this.running === 0) job.start();
    else this.queue.push(job as Job<unknown>);
    return job;
  }

  private next(): void {
    if (this.running === 0) this.queue.shift()?.start();
  }

  /** The request's view of a job: leaves it when the request's signal aborts; the last to leave cancels it. */
  private wait<T>(job: Job<T>, signal: AbortSignal | undefined): Promise<T> {
    job.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        job.waiters -= 1;
        if (job.waiters === 0) job.controller.abort();
      };
      const onAbort = () => {
        leave();
        reject(deadline());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      job.promise.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          job.waiters -= 1;
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          job.waiters -= 1;
          if (error instanceof AbortedError) reject(this.closed ? unavailable('the server is shutting down', 1) : deadline());
          else reject(error);
        },
      );
    });
  }

  private retryAfterSeconds(): number {
    return Math.max(1, 5 * (this.queue.length + 1));
  }

  private remember(key: string, value: unknown): void {
    const bytes = estimateBytes(value);
    if (bytes > this.options.cacheBytes) return;
    this.cache.set(key, { value, bytes });
    this.cachedBytes += bytes;
    for (const [oldKey, entry] of this.cache) {
      if (this.cachedBytes <= this.options.cacheBytes) break;
      this.cache.delete(oldKey);
      this.cachedBytes -= entry.bytes;
    }
  }

  /** The projection of every type, read once per graph version: metrics and communities of any selection share it. */
  private async projection(signal: AbortSignal): Promise<ProjectionTable> {
    const version = this.store.version;
    const key = `${version}|projection`;
    const hit = this.cache.get(key);
    if (hit) return hit.value as ProjectionTable;
    const table = { ...(await readProjectionArrays(this.store, signal, this.options.projectionPageSize)), version };
    this.remember(key, table);
    return table;
  }

  private async computeMetrics(selection: RelType[], signal: AbortSignal): Promise<MetricsAnalysis> {
    const table = await this.projection(signal);
    const { pairs } = selectPairs(table, selection);
    const prepared = await this.pool.run({ kind: 'prepare', ids: table.ids, pairs }, [pairs.buffer as ArrayBuffer], signal);
    const n = prepared.nodes.length;
    const adjacencyEntries = prepared.adjacency.length;
    let pivots: Int32Array | null = null;
    if (n * adjacencyEntries > this.options.exactWorkLimit) {
      const k = Math.max(1, Math.min(n, Math.floor(this.options.exactWorkLimit / Math.max(1, adjacencyEntries))));
      if (k < n) pivots = samplePivots(n, k, seededRandom(this.options.sampleSeed));
    }
    const sources = pivots ?? Int32Array.from({ length: n }, (_, i) => i);
    // Disjoint shares of sources, interleaved so that each share gets hubs and leaves alike.
    const shares = Math.max(1, Math.min(this.pool.size, sources.length));
    const parts = Array.from({ length: shares }, (_, w) => sources.filter((_s, i) => i % shares === w));
    const sums = await Promise.all(
      parts.map((part) => this.pool.run({ kind: 'paths', starts: prepared.starts, adjacency: prepared.adjacency, sources: part }, [part.buffer as ArrayBuffer], signal)),
    );
    const finished = await this.pool.run(
      { kind: 'finish', starts: prepared.starts, pageRank: prepared.pageRank, sums: sums.map((s) => s.sums), pivots },
      [],
      signal,
    );
    return metricsAnalysis(table, selection, prepared.nodes, adjacencyEntries / 2, finished.scores, finished.rankings, {
      exact: pivots === null,
      sampleSize: sources.length,
      seed: pivots ? this.options.sampleSeed : null,
    });
  }

  private async computeCommunities(selection: RelType[], signal: AbortSignal): Promise<CommunitiesAnalysis> {
    const table = await this.projection(signal);
    const { pairs, pairTypes } = selectPairs(table, selection);
    const result = await this.pool.run({ kind: 'communities', ids: table.ids, pairs, pairTypes }, [pairs.buffer as ArrayBuffer, pairTypes.buffer as ArrayBuffer], signal);
    const index = new Map(table.ids.map((id, i) => [id, i]));
    const nodes = new Map<string, { label: Label; name: string }>();
    for (const id of result.partition.communities.flat()) {
      const i = index.get(id)!;
      nodes.set(id, { label: table.labels[i], name: table.names[i] });
    }
    return { types: selection, version: table.version, nodeCount: result.nodeCount, edgeCount: result.edgeCount, partition: result.partition, nodes };
  }
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function deadline() {
  return timedOut();
}

const services = new WeakMap<GraphStore, AnalyticsService>();

/** The one analytics service of a store (created on first use, or by configureAnalytics), shared by every request. */
export function analyticsFor(store: GraphStore): AnalyticsService {
  let service = services.get(store);
  if (!service) {
    service = new AnalyticsService(store);
    services.set(store, service);
  }
  return service;
}

/** Sets the options of a store's analytics service (before its first use; a used one is closed and replaced). */
export function configureAnalytics(store: GraphStore, options: AnalyticsOptions): AnalyticsService {
  void services.get(store)?.close();
  const service = new AnalyticsService(store, options);
  services.set(store, service);
  return service;
}
