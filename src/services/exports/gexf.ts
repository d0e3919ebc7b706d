// GEXF 1.2 (https://gexf.net/), streamed: the version NetworkX reads (it knows 1.1draft and 1.2draft) and Gephi opens.
//
// Each node's GEXF `label` is its name, title or index (what Gephi displays); the node's own label (City, Nation…) is the `type`
// attribute. Direction: `defaultedgetype="directed"` with an explicit `type` on every edge ("undirected" for the
// mutual types, SISTER_OF and MET_WITH), a mixed graph Gephi and graphology-gexf read; NetworkX refuses mixed graphs ("Undirected edge found
// in directed graph"), so `mixed: false` leaves the per-edge types out.
import type { AttrSpec } from './attributes';
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, escapeXml, nodeValues, typedValues, type GraphWriter } from './writer';

const GEXF_TYPE: Record<AttrSpec['type'], string> = { string: 'string', int: 'integer', float: 'double', boolean: 'boolean', stringList: 'string' };

export class GexfWriter implements GraphWriter {
  readonly contentType = 'application/gexf+xml; charset=utf-8';
  readonly nodes = true;
  readonly edges = true;

  constructor(private readonly options: { mixed: boolean; description: string }) {}

  header(): string {
    // Attribute ids are the names: graphology-gexf uses a non-numeric id as the attribute's name, NetworkX the title.
    const attributes = (kind: 'node' | 'edge', specs: readonly AttrSpec[]) =>
      `    <attributes class="${kind}" mode="static">\n` +
      specs.map((s) => `      <attribute id="${s.name}" title="${s.name}" type="${GEXF_TYPE[s.type]}"/>\n`).join('') +
      '    </attributes>\n';
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '  xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n' +
      `  <meta><creator>city-diplomacy-graph</creator><description>${escapeXml(this.options.description)}</description></meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      attributes('node', NODE_ATTRIBUTES) +
      attributes('edge', EDGE_ATTRIBUTES) +
      '    <nodes>\n'
    );
  }

  node(node: NodeRow): string {
    // What Gephi shows: the name, or a policy project's title, or a ranking's index; the id where there is none.
    const name = [node.properties.name, node.properties.title, node.properties.index].find((v): v is string => typeof v === 'string') ?? node.id;
    return `      <node id="${escapeXml(node.id)}" label="${escapeXml(name)}">${attvalues(typedValues(NODE_ATTRIBUTES, nodeValues(node)))}</node>\n`;
  }

  separator(): string {
    return '    </nodes>\n    <edges>\n';
  }

  edge(edge: EdgeRow): string {
    const type = this.options.mixed ? ` type="${edge.directed ? 'directed' : 'undirected'}"` : '';
    return (
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${type}>` +
      `${attvalues(typedValues(EDGE_ATTRIBUTES, edgeValues(edge)))}</edge>\n`
    );
  }

  footer(): string {
    return '    </edges>\n  </graph>\n</gexf>\n';
  }
}

function attvalues(values: [AttrSpec, string][]): string {
  return `<attvalues>${values.map(([spec, text]) => `<attvalue for="${spec.name}" value="${escapeXml(text)}"/>`).join('')}</attvalues>`;
}
