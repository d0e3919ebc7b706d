// The directed form of the graph that every tool reads (the default GraphML and GEXF): each relationship as arcs.
//
// NetworkX refuses mixed graphs and igraph's GraphML reader silently drops per-edge directions, so the default
// files are plain directed graphs. A directed relationship is one arc, in its direction. A mutual one (SISTER_OF,
// MET_WITH: `isDirected` false in the model) is two opposite arcs, the stored one and its reverse: the standard
// encoding of an undirected edge in a directed graph (NetworkX's `to_directed`, igraph's `as_directed("mutual")`),
// so successors, in/out-degrees, reachability and PageRank come out right without reading any attribute. Both
// arcs carry the relationship's id in `relationship`, and `reverse` marks the added one: keep the arcs with
// `reverse` false to get one arc per relationship.
import type { AttrSpec } from './attributes';
import type { EdgeRow } from '../projection';

export interface Arc {
  /** Unique in the file: the relationship's id, or `<id>|reverse` for the reverse arc of a mutual relationship. */
  id: string;
  source: string;
  target: string;
  /** True for the arc added against the stored direction of a mutual relationship. */
  reverse: boolean;
  edge: EdgeRow;
}

/** Attributes only the directed form carries (the mixed form and the other formats have one edge per relationship). */
export const ARC_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'relationship', property: null, type: 'string', description: 'id of the relationship this arc belongs to (both arcs of a mutual relationship share it)' },
  {
    name: 'reverse',
    property: null,
    type: 'boolean',
    description: 'true for the second arc of a mutual relationship (directed=false), written against the stored direction; keep reverse=false for one arc per relationship',
  },
];

export function arcsOf(edge: EdgeRow): Arc[] {
  const forward: Arc = { id: edge.id, source: edge.source, target: edge.target, reverse: false, edge };
  if (edge.directed) return [forward];
  return [forward, { id: `${edge.id}|reverse`, source: edge.target, target: edge.source, reverse: true, edge }];
}

/** The values of ARC_ATTRIBUTES for an arc. */
export function arcValues(arc: Arc): Record<string, unknown> {
  return { relationship: arc.edge.id, reverse: arc.reverse };
}

/**
 * The GEXF edge `kind` (what Gephi calls the edge type): the relationship type, with the `#2`, `#3`… of a further
 * relationship of the same type between the same two nodes. Gephi merges edges with the same source, target and
 * kind on import (summing weights), so MEMBER_OF and HOSTS between Seoul and an organization stay two edges, and so
 * do two meetings of the same officials.
 */
export function kindOf(edge: EdgeRow): string {
  const base = `${edge.source}|${edge.type}|${edge.target}`;
  return edge.id.startsWith(base) ? edge.type + edge.id.slice(base.length) : edge.type;
}
