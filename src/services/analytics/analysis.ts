// What an analysis answers: the metrics' and communities' result types, the ranked view over a finished metrics
// computation (the projection's ids, labels and names by index), and a result's rough size for the cache's bound.
import type { Label, RelType } from '../../model/graph';
import type { CommunityPartition } from './communities';
import type { ProjectionTable } from './projection-arrays';
import type { MetricScores } from './tasks';

export type Metric = 'degreeCentrality' | 'betweenness' | 'closeness' | 'pageRank';
export const METRICS: readonly Metric[] = ['degreeCentrality', 'betweenness', 'closeness', 'pageRank'];

export interface ScoredNode {
  id: string;
  label: Label;
  name: string;
  degree: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
}

export interface NetworkAnalysis {
  /** The relationship types the graph was built from, in canonical order. */
  types: RelType[];
  /** The store version the projection was read at. */
  version: number;
  nodeCount: number;
  edgeCount: number;
}

export interface Sampling {
  /** False when betweenness and closeness were estimated from a sample of source nodes (pivots). */
  exact: boolean;
  /** Source nodes the shortest paths were counted from: every node when exact. */
  sampleSize: number;
  /** The seed the pivots were drawn with (null when exact). */
  seed: number | null;
}

export interface MetricsAnalysis extends NetworkAnalysis, Sampling {
  /** The nodes ranked by a metric, highest first (ties, to 12 significant digits, by id); optionally one label, the first `limit`. */
  ranked(metric: Metric, options?: { label?: Label | null; limit?: number }): ScoredNode[];
}

export interface CommunitiesAnalysis extends NetworkAnalysis {
  partition: CommunityPartition;
  nodes: Map<string, { label: Label; name: string }>;
}

export function metricsAnalysis(
  table: ProjectionTable,
  types: RelType[],
  nodes: Int32Array,
  edgeCount: number,
  scores: MetricScores,
  rankings: Record<Metric, Int32Array>,
  sampling: Sampling,
): MetricsAnalysis {
  const node = (i: number): ScoredNode => {
    const p = nodes[i];
    return {
      id: table.ids[p],
      label: table.labels[p],
      name: table.names[p],
      degree: scores.degree[i],
      degreeCentrality: scores.degreeCentrality[i],
      betweenness: scores.betweenness[i],
      closeness: scores.closeness[i],
      pageRank: scores.pageRank[i],
    };
  };
  return {
    types,
    version: table.version,
    nodeCount: nodes.length,
    edgeCount,
    ...sampling,
    ranked(metric, options = {}) {
      const out: ScoredNode[] = [];
      const limit = options.limit ?? Infinity;
      for (const i of rankings[metric]) {
        if (out.length >= limit) break;
        if (!options.label || table.labels[nodes[i]] === options.label) out.push(node(i));
      }
      return out;
    },
  };
}

export /** A rough size of a cached result: its typed arrays and strings. */
function estimateBytes(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? 40 + 2 * value.length : 8;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Map) return 64 + [...value].reduce((sum, [k, v]) => sum + estimateBytes(k, seen) + estimateBytes(v, seen), 0);
  const values = Array.isArray(value) ? value : Object.values(value);
  return 32 + values.reduce((sum: number, v) => sum + 8 + estimateBytes(v, seen), 0);
}

