// Network metrics on the undirected simple graph of a projection, defined to agree with NetworkX:
//
//   G = nx.Graph()                                   # undirected, no parallel edges
//   G.add_edges_from((u, v) for each relationship of the chosen types if u != v)
//   nx.degree_centrality(G)                          # degree / (n - 1)
//   nx.betweenness_centrality(G)                     # normalized=True, endpoints=False, exact (k=None), unweighted
//   nx.closeness_centrality(G)                       # wf_improved=True: scaled by the reachable share in a disconnected graph
//   nx.pagerank(G, alpha=0.85, tol=1e-10, max_iter=1000)
//
// The nodes are the ends of the chosen relationships (a node with none of them is not in G). Direction and
// multiplicity are dropped: in G, two nodes are adjacent when any chosen relationship links them either way.
// PageRank on an undirected graph walks each edge both ways; G has no dangling node (every node has an edge),
// and both implementations would spread a dangling node's rank uniformly anyway.
//
// The kernels (kernel.ts) run on typed arrays in compressed sparse row form, in worker threads: one breadth-first
// search per source node, dependencies accumulated along the shortest-path DAG, path counts in float64 as in
// NetworkX. graphology-metrics' betweenness allocated a predecessor list per node per source, counted paths in a
// Uint32Array (which wraps past 2^32 paths) and took 109 s on the benchmark graph. This module applies the same
// kernels to a graphology graph, in the calling thread: for tests and small graphs.
import type Graph from 'graphology';
import { accumulatePaths, emptySums, pageRank, pathScores, type Csr } from './kernel';

/** A graphology graph's nodes (in its order) and its CSR. */
export function toCompact(graph: Graph): Csr & { ids: string[] } {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + graph.degree(ids[i]);
  const adjacency = new Int32Array(starts[n]);
  const fill = starts.slice(0, n);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    adjacency[fill[a]++] = b;
    adjacency[fill[b]++] = a;
  });
  return { ids, n, starts, adjacency };
}

/** Exact betweenness and closeness of every node of a CSR, by node index. */
export function pathMetrics(graph: Csr): { betweenness: Float64Array; closeness: Float64Array } {
  const sums = emptySums(graph.n);
  accumulatePaths(graph, Int32Array.from({ length: graph.n }, (_, i) => i), sums);
  return pathScores(graph.n, sums, () => true, graph.n);
}

export interface NodeScores {
  id: string;
  /** Distinct neighbours in the simple graph. */
  degree: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
}

/** Every metric for every node of an undirected simple graph, in the graph's node order. */
export async function computeScores(graph: Graph): Promise<NodeScores[]> {
  if (graph.type !== 'undirected' || graph.multi) throw new Error('computeScores expects an undirected simple graph');
  const n = graph.order;
  if (n === 0) return [];
  const compact = toCompact(graph);
  const { betweenness, closeness } = pathMetrics(compact);
  const ranks = pageRank(compact);
  return compact.ids.map((id, i) => {
    const degree = compact.starts[i + 1] - compact.starts[i];
    return {
      id,
      degree,
      // NetworkX gives a lone node centrality 1; a projection never has one (nodes come from edges).
      degreeCentrality: n > 1 ? degree / (n - 1) : 1,
      betweenness: betweenness[i],
      closeness: closeness[i],
      pageRank: ranks[i],
    };
  });
}
