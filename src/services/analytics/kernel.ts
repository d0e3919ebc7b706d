// The metric kernels over typed arrays: the undirected simple graph in compressed sparse row (CSR) form, Brandes'
// betweenness with closeness from the same breadth-first searches (over any set of sources, so several workers can
// take disjoint shares, or a sample of pivots), and PageRank. No graphology, no strings: what runs in the workers.
//
// Definitions agree with NetworkX (see centrality.ts): betweenness normalized by (n−1)(n−2) with every pair counted
// from both ends; closeness with Wasserman and Faust's scaling; PageRank as `nx.pagerank` (alpha 0.85, tol 1e-10).

/** Node i's neighbours are adjacency[starts[i] .. starts[i+1]), sorted, without duplicates or i itself. */
export interface Csr {
  n: number;
  starts: Int32Array;
  adjacency: Int32Array;
}

/** Allocates the arrays of a CSR; SharedArrayBuffer lets several workers read one copy. */
export type Allocate = (bytes: number) => ArrayBufferLike;
export const sharedMemory: Allocate = (bytes) => new SharedArrayBuffer(bytes);
const privateMemory: Allocate = (bytes) => new ArrayBuffer(bytes);

/**
 * `nx.Graph(edges)` over nodes 0..n-1: one undirected edge per pair linked by any of `pairs` (flat [a0, b0, a1,
 * b1, …]), either way; self-loops and repeats dropped.
 */
export function csrFromPairs(n: number, pairs: Int32Array, allocate: Allocate = privateMemory): Csr {
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i];
    const b = pairs[i + 1];
    if (a === b) continue;
    counts[a + 1]++;
    counts[b + 1]++;
  }
  for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
  const raw = new Int32Array(counts[n]);
  const fill = counts.slice(0, n);
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i];
    const b = pairs[i + 1];
    if (a === b) continue;
    raw[fill[a]++] = b;
    raw[fill[b]++] = a;
  }
  // Sort each row and drop repeats, compacting in place.
  const starts = new Int32Array(allocate(4 * (n + 1)));
  let write = 0;
  for (let v = 0; v < n; v++) {
    const row = raw.subarray(counts[v], counts[v + 1]).sort();
    starts[v] = write;
    for (let j = 0; j < row.length; j++) if (j === 0 || row[j] !== row[j - 1]) raw[write++] = row[j];
  }
  starts[n] = write;
  const adjacency = new Int32Array(allocate(4 * write));
  adjacency.set(raw.subarray(0, write));
  return { n, starts, adjacency };
}

/** What one share of sources adds up: summed by the coordinator, then turned into scores by `pathScores`. */
export interface PathSums {
  /** Unnormalized dependency sums (Brandes' δ), each pair counted from both ends. */
  betweenness: Float64Array;
  /** Sum of distances from the sources that reach each node. */
  distanceSum: Float64Array;
  /** How many sources (other than the node itself) reach each node. */
  reached: Float64Array;
}

export function emptySums(n: number): PathSums {
  return { betweenness: new Float64Array(n), distanceSum: new Float64Array(n), reached: new Float64Array(n) };
}

export function addSums(into: PathSums, from: PathSums): void {
  for (const key of ['betweenness', 'distanceSum', 'reached'] as const) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
}

/**
 * One breadth-first search per source, then dependencies pulled backwards along the shortest-path DAG. The search
 * records each node's DAG successors in one contiguous segment (nodes are expanded in discovery order), so the
 * backward pass reads only those, not every neighbour, and divides once per node: δ[v] = σ[v] · Σ (1 + δ[w]) / σ[w]
 * over v's successors w. O(m) per source, O(n + m) memory. `shouldStop` is polled between sources: a cancelled
 * computation stops within one. (Pulling per node, rather than pushing along each recorded edge, measured
 * 1.10–1.38× faster, median 1.2×, on the benchmark graph: docs/performance.md, "Latest".)
 */
export function accumulatePaths(graph: Csr, sources: Int32Array, sums: PathSums, shouldStop: () => boolean = () => false): boolean {
  const { n, starts, adjacency } = graph;
  const { betweenness, distanceSum, reached } = sums;
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // (1 + δ[w]) / σ[w], written for w before any node one step closer to the source reads it.
  const pull = new Float64Array(n);
  const order = new Int32Array(n);
  // The DAG successors of order[i] are successors[segment[i] .. segment[i + 1]).
  const segment = new Int32Array(n + 1);
  const successors = new Int32Array(adjacency.length);

  for (let k = 0; k < sources.length; k++) {
    if ((k & 15) === 0 && shouldStop()) return false;
    const s = sources[k];
    distance[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let edges = 0;
    while (head < tail) {
      segment[head] = edges;
      const v = order[head++];
      const next = distance[v] + 1;
      const sigmaV = sigma[v];
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = adjacency[j];
        const dw = distance[w];
        if (dw === next) {
          sigma[w] += sigmaV;
          successors[edges++] = w;
        } else if (dw < 0) {
          distance[w] = next;
          sigma[w] = sigmaV;
          order[tail++] = w;
          successors[edges++] = w;
        }
      }
    }
    segment[tail] = edges;
    // Reverse discovery order: a node's successors all come after it, so their pull is final when it is read.
    for (let i = tail - 1; i >= 1; i--) {
      const v = order[i];
      let sum = 0;
      for (let e = segment[i], end = segment[i + 1]; e < end; e++) sum += pull[successors[e]];
      const sigmaV = sigma[v];
      const delta = sigmaV * sum;
      betweenness[v] += delta;
      pull[v] = (1 + delta) / sigmaV;
      distanceSum[v] += distance[v];
      reached[v] += 1;
      distance[v] = -1;
    }
    distance[s] = -1;
  }
  return true;
}

/**
 * Betweenness and closeness from the sums over `sourceCount` sources. All n sources: exact, as NetworkX. Fewer
 * (pivots drawn uniformly): the estimates NetworkX's `betweenness_centrality(k=…)` makes (scaled by n/k), and
 * closeness from the pivots' distances to each node (Eppstein and Wang), scaled the same way.
 */
export function pathScores(n: number, sums: PathSums, isSource: (i: number) => boolean, sourceCount: number): { betweenness: Float64Array; closeness: Float64Array } {
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (sourceCount < n ? n / sourceCount : 1);
  for (let i = 0; i < n; i++) {
    if (n > 2) betweenness[i] = sums.betweenness[i] * scale;
    const others = sourceCount - (isSource(i) ? 1 : 0);
    const r = sums.reached[i];
    const d = sums.distanceSum[i];
    // r/d is the reciprocal mean distance; r/others estimates the share of the other n−1 nodes it reaches.
    closeness[i] = d > 0 && others > 0 ? (r / d) * (r / others) : 0;
  }
  return { betweenness, closeness };
}

export const PAGERANK = { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 } as const;

/** `nx.pagerank(G, alpha=0.85, tol=1e-10, max_iter=1000)` on an undirected simple graph (each edge both ways). */
export function pageRank(graph: Csr, options = PAGERANK): Float64Array {
  const { n, starts, adjacency } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const degree = starts[i + 1] - starts[i];
      if (degree === 0) dangling += x[i];
      else share[i] = x[i] / degree;
    }
    const base = (options.alpha * dangling) / n + (1 - options.alpha) / n;
    let error = 0;
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = starts[j], end = starts[j + 1]; k < end; k++) sum += share[adjacency[k]];
      const value = options.alpha * sum + base;
      next[j] = value;
      error += Math.abs(value - x[j]);
    }
    [x, next] = [next, x];
    if (error < n * options.tolerance) return x;
  }
  throw new Error(`PageRank did not converge in ${options.maxIterations} iterations`);
}

/** k distinct nodes of 0..n-1 drawn uniformly with a seeded generator (partial Fisher–Yates), in ascending order. */
export function samplePivots(n: number, k: number, random: () => number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, k).sort();
}

/**
 * Scores compared to 12 significant digits: nodes whose scores are equal in exact arithmetic (leaves of the same
 * hub) but differ in the last bits of floating point rank by id, here and in any other tool that rounds alike.
 */
export function rankKey(score: number): number {
  return Number(score.toPrecision(12));
}

/** Node indices sorted by score, highest first; scores equal to 12 significant digits keep index (= id) order. */
export function rankBy(scores: Float64Array): Int32Array {
  const keys = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) keys[i] = rankKey(scores[i]);
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => keys[b] - keys[a] || a - b);
  return Int32Array.from(order);
}
