// GraphML (http://graphml.graphdrawing.org/), streamed. Every attribute is declared as a typed <key> first.
//
// Direction: by default the file is a mixed graph, as GraphML allows: `edgedefault="undirected"` and an
// explicit `directed` on every edge (true, or false for the mutual types: SISTER_OF, MET_WITH). The undirected default is deliberate:
// graphology-graphml (0.5.2) reads `directed="false"` as the graph's default direction, so in a directed-by-
// default file it would read partnerships as directed. NetworkX refuses mixed graphs ("directed=true edge
// found in undirected graph"); `mixed: false` writes a plain directed graph for it, and each edge's `type`
// and `directed` attributes still say which relationships are mutual.
import type { AttrSpec } from './attributes';
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, escapeXml, nodeValues, typedValues, type GraphWriter } from './writer';

const GRAPHML_TYPE: Record<AttrSpec['type'], string> = { string: 'string', int: 'int', float: 'double', boolean: 'boolean', stringList: 'string' };

const keyId = (kind: 'node' | 'edge', spec: AttrSpec) => `${kind === 'node' ? 'n' : 'e'}_${spec.name}`;

export class GraphmlWriter implements GraphWriter {
  readonly contentType = 'application/graphml+xml; charset=utf-8';
  readonly nodes = true;
  readonly edges = true;

  constructor(private readonly options: { mixed: boolean; description: string }) {}

  header(): string {
    const keys = (kind: 'node' | 'edge', specs: readonly AttrSpec[]) =>
      specs
        .map(
          (spec) =>
            `  <key id="${keyId(kind, spec)}" for="${kind}" attr.name="${spec.name}" attr.type="${GRAPHML_TYPE[spec.type]}">` +
            `<desc>${escapeXml(spec.description)}</desc></key>\n`,
        )
        .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <desc>${escapeXml(this.options.description)}</desc>\n` +
      keys('node', NODE_ATTRIBUTES) +
      keys('edge', EDGE_ATTRIBUTES) +
      `  <graph id="city-diplomacy" edgedefault="${this.options.mixed ? 'undirected' : 'directed'}">\n`
    );
  }

  node(node: NodeRow): string {
    return `    <node id="${escapeXml(node.id)}">${data('node', typedValues(NODE_ATTRIBUTES, nodeValues(node)))}</node>\n`;
  }

  separator(): string {
    return '';
  }

  edge(edge: EdgeRow): string {
    const directed = this.options.mixed ? ` directed="${edge.directed}"` : '';
    return (
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${directed}>` +
      `${data('edge', typedValues(EDGE_ATTRIBUTES, edgeValues(edge)))}</edge>\n`
    );
  }

  footer(): string {
    return '  </graph>\n</graphml>\n';
  }
}

function data(kind: 'node' | 'edge', values: [AttrSpec, string][]): string {
  return values.map(([spec, text]) => `<data key="${keyId(kind, spec)}">${escapeXml(text)}</data>`).join('');
}
