// GEXF (https://gexf.net/), streamed. Each node's GEXF `label` is its name (what Gephi displays); the node's own
// label (City, Nation…) is the `type` attribute. Every edge has a `kind` (Gephi's edge type: see kindOf), so Gephi
// keeps parallel relationships distinct: it merges edges with the same source, target and kind on import.
//
// Each node's GEXF `label` is its name, title or index (what Gephi displays); its own label (City, Nation…) is the
// `type` attribute. By default, GEXF 1.2draft (the newest version NetworkX 2.8 reads; 3.x also reads 1.3) and a plain directed graph:
// a mutual relationship (SISTER_OF, MET_WITH) is two opposite arcs sharing its id in `relationship` (see arcs.ts).
// `kind` is GEXF 1.3's edge attribute: Gephi reads it in any version, 1.2 readers (NetworkX, graphology) ignore or
// keep it as an attribute. `mixed: true`: GEXF 1.3, one edge per relationship with an explicit `type` on each
// ("undirected" for the mutual types), a mixed graph Gephi and graphology-gexf read and NetworkX refuses
// ("Undirected edge found in directed graph").
import type { AttrSpec } from './attributes';
import { ARC_ATTRIBUTES, arcsOf, arcValues, kindOf, type Arc } from './arcs';
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, escapeXml, nodeValues, typedValues, type GraphWriter } from './writer';

const GEXF_TYPE: Record<AttrSpec['type'], string> = { string: 'string', int: 'integer', float: 'double', boolean: 'boolean', stringList: 'string' };

const NAMESPACE = {
  '1.2': 'xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2"',
  '1.3': 'xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3"',
};

export class GexfWriter implements GraphWriter {
  readonly contentType = 'application/gexf+xml; charset=utf-8';
  readonly nodes = true;
  readonly edges = true;
  private readonly edgeAttributes: readonly AttrSpec[];

  constructor(private readonly options: { mixed: boolean; description: string }) {
    this.edgeAttributes = options.mixed ? EDGE_ATTRIBUTES : [...EDGE_ATTRIBUTES, ...ARC_ATTRIBUTES];
  }

  header(): string {
    // Attribute ids are the names: graphology-gexf uses a non-numeric id as the attribute's name, NetworkX the title.
    const attributes = (kind: 'node' | 'edge', specs: readonly AttrSpec[]) =>
      `    <attributes class="${kind}" mode="static">\n` +
      specs.map((s) => `      <attribute id="${s.name}" title="${s.name}" type="${GEXF_TYPE[s.type]}"/>\n`).join('') +
      '    </attributes>\n';
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf ${NAMESPACE[this.options.mixed ? '1.3' : '1.2']}>\n` +
      `  <meta><creator>city-diplomacy-graph</creator><description>${escapeXml(this.options.description)}</description></meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      attributes('node', NODE_ATTRIBUTES) +
      attributes('edge', this.edgeAttributes) +
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
    if (this.options.mixed) {
      const type = ` type="${edge.directed ? 'directed' : 'undirected'}"`;
      return this.element({ id: edge.id, source: edge.source, target: edge.target, reverse: false, edge }, type, {});
    }
    return arcsOf(edge)
      .map((arc) => this.element(arc, '', arcValues(arc)))
      .join('');
  }

  footer(): string {
    return '    </edges>\n  </graph>\n</gexf>\n';
  }

  private element(arc: Arc, type: string, extra: Record<string, unknown>): string {
    return (
      `      <edge id="${escapeXml(arc.id)}" source="${escapeXml(arc.source)}" target="${escapeXml(arc.target)}"${type} kind="${escapeXml(kindOf(arc.edge))}">` +
      `${attvalues(typedValues(this.edgeAttributes, { ...edgeValues(arc.edge), ...extra }))}</edge>\n`
    );
  }
}

function attvalues(values: [AttrSpec, string][]): string {
  return `<attvalues>${values.map(([spec, text]) => `<attvalue for="${spec.name}" value="${escapeXml(text)}"/>`).join('')}</attvalues>`;
}
