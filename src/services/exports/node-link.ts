// Node-link JSON, as networkx.node_link_graph reads it: {directed, multigraph, graph, nodes: [{id, …}],
// edges: [{source, target, key, …}]}. NetworkX 3.6 reads the edge list from "edges" by default; NetworkX
// 2.x up to 3.5 from "links" (or pass `edges="links"` / `link="edges"`): `edgesKey` picks the name.
// Values keep their JSON types (MET_WITH topics stay a list); SISTER_OF and MET_WITH edges carry `directed: false`.
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, nodeValues, textValue, type GraphWriter } from './writer';

export type EdgesKey = 'edges' | 'links';

export class NodeLinkWriter implements GraphWriter {
  readonly contentType = 'application/json; charset=utf-8';
  readonly nodes = true;
  readonly edges = true;
  private first = true;

  constructor(private readonly options: { edgesKey: EdgesKey; description: string }) {}

  header(): string {
    const graph = { name: 'city-diplomacy', description: this.options.description };
    return `{"directed": true, "multigraph": true, "graph": ${JSON.stringify(graph)},\n "nodes": [\n`;
  }

  node(node: NodeRow): string {
    return this.item({ id: node.id, ...declared(NODE_ATTRIBUTES, nodeValues(node)) });
  }

  separator(): string {
    this.first = true;
    return `\n ],\n ${JSON.stringify(this.options.edgesKey)}: [\n`;
  }

  edge(edge: EdgeRow): string {
    return this.item({ source: edge.source, target: edge.target, key: edge.id, ...declared(EDGE_ATTRIBUTES, edgeValues(edge)) });
  }

  footer(): string {
    return '\n ]\n}\n';
  }

  private item(value: object): string {
    const text = (this.first ? '  ' : ',\n  ') + JSON.stringify(value);
    this.first = false;
    return text;
  }
}

/** The declared attributes with a value of the declared type, in declaration order, as JSON values (lists stay lists). */
function declared(specs: typeof NODE_ATTRIBUTES, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const text = textValue(spec, values[spec.name]);
    if (text === null) continue;
    out[spec.name] = spec.type === 'string' ? text : JSON.parse(text);
  }
  return out;
}
