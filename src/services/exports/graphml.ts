// GraphML (http://graphml.graphdrawing.org/), streamed. Every attribute is declared as a typed <key> first.
//
// Direction, by default: a plain directed graph (`edgedefault="directed"`, nothing on the edges), which NetworkX,
// igraph, Gephi, yEd and graphology all read as directed; a mutual relationship (SISTER_OF, MET_WITH) is two
// opposite arcs sharing its id in `relationship` (see arcs.ts). NetworkX refuses mixed GraphML ("directed=true
// edge found in undirected graph") and igraph reads it silently undirected, hence this default.
//
// `mixed: true`: the graph as stored, one edge per relationship, mixed as GraphML allows: `edgedefault=
// "undirected"` and an explicit `directed` on every edge (false for the mutual types), for graphology and Gephi.
// The undirected default is deliberate: graphology-graphml (0.5.2) reads `directed="false"` as the graph's
// default direction, so in a directed-by-default file it would read partnerships as directed.
import type { AttrSpec } from './attributes';
import { ARC_ATTRIBUTES, arcsOf, arcValues, type Arc } from './arcs';
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, escapeXml, nodeValues, typedValues, type GraphWriter } from './writer';

const GRAPHML_TYPE: Record<AttrSpec['type'], string> = { string: 'string', int: 'int', float: 'double', boolean: 'boolean', stringList: 'string' };

const keyId = (kind: 'node' | 'edge', spec: AttrSpec) => `${kind === 'node' ? 'n' : 'e'}_${spec.name}`;

export class GraphmlWriter implements GraphWriter {
  readonly contentType = 'application/graphml+xml; charset=utf-8';
  readonly nodes = true;
  readonly edges = true;
  private readonly edgeAttributes: readonly AttrSpec[];

  constructor(private readonly options: { mixed: boolean; description: string }) {
    this.edgeAttributes = options.mixed ? EDGE_ATTRIBUTES : [...EDGE_ATTRIBUTES, ...ARC_ATTRIBUTES];
  }

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
      keys('edge', this.edgeAttributes) +
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
    if (this.options.mixed) {
      return this.element({ id: edge.id, source: edge.source, target: edge.target, reverse: false, edge }, ` directed="${edge.directed}"`, {});
    }
    return arcsOf(edge)
      .map((arc) => this.element(arc, '', arcValues(arc)))
      .join('');
  }

  footer(): string {
    return '  </graph>\n</graphml>\n';
  }

  private element(arc: Arc, directed: string, extra: Record<string, unknown>): string {
    return (
      `    <edge id="${escapeXml(arc.id)}" source="${escapeXml(arc.source)}" target="${escapeXml(arc.target)}"${directed}>` +
      `${data('edge', typedValues(this.edgeAttributes, { ...edgeValues(arc.edge), ...extra }))}</edge>\n`
    );
  }
}

function data(kind: 'node' | 'edge', values: [AttrSpec, string][]): string {
  return values.map(([spec, text]) => `<data key="${keyId(kind, spec)}">${escapeXml(text)}</data>`).join('');
}
