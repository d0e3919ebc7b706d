// CSV, streamed as two files: nodes.csv (id, then every node attribute) and edges.csv (id, source, target, then
// every edge attribute). RFC 4180 quoting, a header row, an empty field for a missing value, lists as JSON arrays.
// A spreadsheet may read a field starting with = + - @ as a formula: open the files as text or with pandas.
import type { AttrSpec } from './attributes';
import type { EdgeRow, NodeRow } from '../projection';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, csvField, edgeValues, nodeValues, textValue, type GraphWriter } from './writer';

const CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

function row(fields: (string | null)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function cells(specs: readonly AttrSpec[], values: Record<string, unknown>): (string | null)[] {
  return specs.map((spec) => textValue(spec, values[spec.name]));
}

export class NodesCsvWriter implements GraphWriter {
  readonly contentType = CONTENT_TYPE;
  readonly nodes = true;
  readonly edges = false;

  header(): string {
    return row(['id', ...NODE_ATTRIBUTES.map((s) => s.name)]);
  }

  node(node: NodeRow): string {
    return row([node.id, ...cells(NODE_ATTRIBUTES, nodeValues(node))]);
  }

  separator(): string {
    return '';
  }

  edge(): string {
    return '';
  }

  footer(): string {
    return '';
  }
}

export class EdgesCsvWriter implements GraphWriter {
  readonly contentType = CONTENT_TYPE;
  readonly nodes = false;
  readonly edges = true;

  header(): string {
    return row(['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((s) => s.name)]);
  }

  node(): string {
    return '';
  }

  separator(): string {
    return '';
  }

  edge(edge: EdgeRow): string {
    return row([edge.id, edge.source, edge.target, ...cells(EDGE_ATTRIBUTES, edgeValues(edge))]);
  }

  footer(): string {
    return '';
  }
}
