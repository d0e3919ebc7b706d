// The analytics worker (a worker_threads entry): runs the metric kernels and Louvain off the request thread.
// Each message is one task; the answer carries the task's id. Typed arrays travel by transfer or, for the graph
// that several workers read at once, in SharedArrayBuffers.
import { parentPort } from 'node:worker_threads';
import Graph from 'graphology';
import { RELATIONSHIP_TYPES } from '../../model/graph';
import { compareIds, detectCommunities } from './communities';
import { accumulatePaths, csrFromPairs, emptySums, pageRank, sharedMemory, type PathSums } from './kernel';
import { finishMetrics } from './metrics-result';
import type { TaskRequest, TaskResult } from './tasks';

function run(task: TaskRequest): { result: TaskResult; transfer: ArrayBuffer[] } {
  switch (task.kind) {
    case 'prepare': {
      // The metric graph's nodes: the ends of the relationships (not self-loops), in id order.
      const used = new Uint8Array(task.ids.length);
      for (let i = 0; i < task.pairs.length; i += 2) {
        if (task.pairs[i] !== task.pairs[i + 1]) used[task.pairs[i]] = used[task.pairs[i + 1]] = 1;
      }
      const nodes = [...used.keys()].filter((i) => used[i]).sort((a, b) => compareIds(task.ids[a], task.ids[b]));
      const index = new Int32Array(task.ids.length).fill(-1);
      nodes.forEach((p, i) => (index[p] = i));
      const pairs = new Int32Array(task.pairs.length);
      for (let i = 0; i < pairs.length; i++) pairs[i] = index[task.pairs[i]];
      const csr = csrFromPairs(nodes.length, pairs, sharedMemory);
      const ranks = pageRank(csr);
      return {
        result: { kind: 'prepare', nodes: Int32Array.from(nodes), starts: csr.starts, adjacency: csr.adjacency, pageRank: ranks },
        transfer: [ranks.buffer as ArrayBuffer],
      };
    }
    case 'paths': {
      const sums: PathSums = emptySums(task.starts.length - 1);
      accumulatePaths({ n: task.starts.length - 1, starts: task.starts, adjacency: task.adjacency }, task.sources, sums);
      return { result: { kind: 'paths', sums }, transfer: [sums.betweenness.buffer, sums.distanceSum.buffer, sums.reached.buffer] as ArrayBuffer[] };
    }
    case 'finish': {
      const result = finishMetrics(task);
      return { result, transfer: [] };
    }
    case 'communities': {
      // `nx.Graph(edges)`, built like the metric graph: nodes in id order, edges in a canonical order (by source id,
      // type and target id: Louvain's result depends on it, and the engines return a page's rows in their own order).
      const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
      const { ids, pairs, pairTypes } = task;
      const ends = new Set<number>();
      for (let i = 0; i < pairs.length; i += 2) {
        if (pairs[i] !== pairs[i + 1]) ends.add(pairs[i]).add(pairs[i + 1]);
      }
      for (const id of [...ends].map((i) => ids[i]).sort(compareIds)) graph.addNode(id);
      const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const order = Array.from({ length: pairTypes.length }, (_, e) => e).sort(
        (e, f) => byCode(ids[pairs[2 * e]], ids[pairs[2 * f]]) || byCode(RELATIONSHIP_TYPES[pairTypes[e]], RELATIONSHIP_TYPES[pairTypes[f]]) || byCode(ids[pairs[2 * e + 1]], ids[pairs[2 * f + 1]]),
      );
      for (const e of order) {
        if (pairs[2 * e] !== pairs[2 * e + 1]) graph.mergeEdge(ids[pairs[2 * e]], ids[pairs[2 * e + 1]]);
      }
      return { result: { kind: 'communities', nodeCount: graph.order, edgeCount: graph.size, partition: detectCommunities(graph) }, transfer: [] };
    }
  }
}

parentPort!.on('message', (message: { id: number; task: TaskRequest }) => {
  try {
    const { result, transfer } = run(message.task);
    parentPort!.postMessage({ id: message.id, result }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: { message: (error as Error).message, stack: (error as Error).stack } });
  }
});
