// The graph the metrics are computed on: the undirected simple graph of a projection's relationships.
import Graph from 'graphology';
import type { Label } from '../../model/graph';
import type { EdgeAttributes, NodeAttributes } from '../projection';
import { compareIds } from './communities';

export interface MetricNodeAttributes {
  label: Label;
  name: string;
}

/**
 * `nx.Graph(edges)`: one undirected edge per pair of nodes linked by any relationship of the projection, either
 * way; self-loops dropped. Nodes are the ends of those relationships, inserted in id order (and edges in the
 * projection's deterministic order), so randomised algorithms seeded alike give the same result on every run.
 */
export function toMetricGraph(projection: Graph<NodeAttributes, EdgeAttributes>): Graph<MetricNodeAttributes> {
  const ends = new Set<string>();
  projection.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    ends.add(source);
    ends.add(target);
  });
  const graph = new Graph<MetricNodeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of [...ends].sort(compareIds)) {
    const attributes = projection.getNodeAttributes(id);
    graph.addNode(id, { label: attributes.label, name: String(attributes.name ?? id) });
  }
  projection.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) graph.mergeEdge(source, target);
  });
  return graph;
}
