// Community detection (Louvain, graphology-communities-louvain) on the undirected simple graph of a projection.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './random';

/** Louvain visits nodes in a random order; a fixed seed (and nodes inserted in id order) make it reproducible. */
export const LOUVAIN_SEED = 42;

export interface CommunityPartition {
  /** Newman's modularity of the partition (resolution 1, unweighted), as `networkx.community.modularity` computes it. */
  modularity: number;
  /** Communities by size (largest first), then by their smallest member id; members sorted by id. */
  communities: string[][];
}

export function detectCommunities(graph: Graph, seed = LOUVAIN_SEED): CommunityPartition {
  if (graph.order === 0) return { modularity: 0, communities: [] };
  if (graph.size === 0) {
    return { modularity: 0, communities: graph.nodes().sort(compareIds).map((id) => [id]) };
  }
  const result = louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(result.communities)) {
    const members = groups.get(community) ?? [];
    members.push(node);
    groups.set(community, members);
  }
  const communities = [...groups.values()].map((members) => members.sort(compareIds));
  communities.sort((a, b) => b.length - a.length || compareIds(a[0], b[0]));
  return { modularity: result.modularity, communities };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
