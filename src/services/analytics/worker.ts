// The analytics worker (a worker_threads entry): runs the metric kernels and Louvain off the request thread.
// Each message is one task; the answer carries the task's id. Typed arrays travel by transfer or, for the graph
// that several workers read at once, in SharedArrayBuffers.
import { parentPort } from 'node:worker_threads';
import Graph from 'graphology';
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
      // `nx.Graph(edges)`, built like the metric graph: nodes in id order, edges in the projection's order.
      const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
      const ends = new Set<number>();
      for (let i = 0; i < task.pairs.length; i += 2) {
        if (task.pairs[i] !== task.pairs[i + 1]) ends.add(task.pairs[i]).add(task.pairs[i + 1]);
      }
      for (const id of [...ends].map((i) => task.ids[i]).sort(compareIds)) graph.addNode(id);
      for (let i = 0; i < task.pairs.length; i += 2) {
        if (task.pairs[i] !== task.pairs[i + 1]) graph.mergeEdge(task.ids[task.pairs[i]], task.ids[task.pairs[i + 1]]);
      }
      return { result: { kind: 'communities', nodeCount: graph.order, edgeCount: graph.size, partition: detectCommunities(graph) }, transfer: [] };
    }
    case 'sleep': {
      // Tests: a computation that takes as long as asked, to exercise queueing, cancellation and shutdown.
      const until = Date.now() + task.ms;
      while (Date.now() < until) {
        /* busy, like a kernel */
      }
      return { result: { kind: 'sleep' }, transfer: [] };
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
