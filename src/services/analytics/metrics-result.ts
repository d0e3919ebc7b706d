// The last step of a metrics computation (in a worker): the shares' sums added up, turned into scores, and every
// metric ranked.
import { addSums, emptySums, pathScores, rankBy } from './kernel';
import type { FinishRequest, MetricScores, TaskResult } from './tasks';

export function finishMetrics(task: FinishRequest): Extract<TaskResult, { kind: 'finish' }> {
  const n = task.starts.length - 1;
  const sums = emptySums(n);
  for (const share of task.sums) addSums(sums, share);
  let isPivot: (i: number) => boolean = () => true;
  if (task.pivots) {
    const mask = new Uint8Array(n);
    for (const p of task.pivots) mask[p] = 1;
    isPivot = (i) => mask[i] === 1;
  }
  const { betweenness, closeness } = pathScores(n, sums, isPivot, task.pivots ? task.pivots.length : n);
  const degree = new Int32Array(n);
  const degreeCentrality = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = task.starts[i + 1] - task.starts[i];
    // NetworkX gives a lone node centrality 1; a projection never has one (nodes come from edges).
    degreeCentrality[i] = n > 1 ? degree[i] / (n - 1) : 1;
  }
  const scores: MetricScores = { degree, degreeCentrality, betweenness, closeness, pageRank: task.pageRank };
  return {
    kind: 'finish',
    scores,
    rankings: {
      degreeCentrality: rankBy(degreeCentrality),
      betweenness: rankBy(betweenness),
      closeness: rankBy(closeness),
      pageRank: rankBy(task.pageRank),
    },
  };
}
