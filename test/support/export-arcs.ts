// What the default (directed) GraphML and GEXF must hold, from the seed's expected edges: each directed relationship
// one arc; each mutual one (directed=false) two opposite arcs sharing its id in `relationship`, the second `reverse`.
import type { ExpectedEdge } from './seed-graph';

export interface ExpectedArc {
  id: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

export function expectedArcs(edges: readonly ExpectedEdge[]): ExpectedArc[] {
  const ids = new Set<string>();
  return edges.flatMap((e) => {
    const relationship = `${e.source}|${e.attributes.type}|${e.target}`;
    // The seed has no second relationship of one type between the same two nodes (that one would be `…#2`).
    if (ids.has(relationship)) throw new Error(`the seed repeats ${relationship}: number it as the exports do`);
    ids.add(relationship);
    const forward = { id: relationship, source: e.source, target: e.target, attributes: { ...e.attributes, relationship, reverse: false } };
    if (e.attributes.directed) return [forward];
    return [forward, { id: `${relationship}|reverse`, source: e.target, target: e.source, attributes: { ...e.attributes, relationship, reverse: true } }];
  });
}
