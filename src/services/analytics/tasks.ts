// The messages between the analytics service and its workers (worker.ts): one request, one result.
import type { CommunityPartition } from './communities';
import type { PathSums } from './kernel';

/** The projection as the workers see it: ids by projection index, relationships as index pairs [a0, b0, a1, b1, …]. */
export interface ProjectionArrays {
  ids: string[];
  pairs: Int32Array;
}

export interface FinishRequest {
  kind: 'finish';
  starts: Int32Array;
  pageRank: Float64Array;
  /** One per share of sources. */
  sums: PathSums[];
  /** The pivots when sampled, or null when every node was a source (exact). */
  pivots: Int32Array | null;
}

export type TaskRequest =
  | ({ kind: 'prepare' } & ProjectionArrays)
  | { kind: 'paths'; starts: Int32Array; adjacency: Int32Array; sources: Int32Array }
  | FinishRequest
  | ({ kind: 'communities'; pairTypes: Uint8Array } & ProjectionArrays);

export interface MetricScores {
  degree: Int32Array;
  degreeCentrality: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  pageRank: Float64Array;
}

export type TaskResult =
  | { kind: 'prepare'; nodes: Int32Array; starts: Int32Array; adjacency: Int32Array; pageRank: Float64Array }
  | { kind: 'paths'; sums: PathSums }
  | { kind: 'finish'; scores: MetricScores; rankings: Record<'degreeCentrality' | 'betweenness' | 'closeness' | 'pageRank', Int32Array> }
  | { kind: 'communities'; nodeCount: number; edgeCount: number; partition: CommunityPartition };
