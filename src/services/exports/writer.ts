// The contract of a streamed graph format, and the helpers every format shares: attribute values by declared
// type, and escaping for XML and CSV.
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, STORED_EDGE_PROPERTIES, STORED_NODE_PROPERTIES, propertyOf, type AttrSpec } from './attributes';
import type { EdgeRow, NodeRow } from '../projection';

/**
 * A graph format written piece by piece: the header, then each node, then each edge, then the footer, each as
 * a string the caller writes out at once. A writer may keep state (a comma before all but the first item).
 */
export interface GraphWriter {
  readonly contentType: string;
  /** Whether the format lists nodes / edges at all (the CSV files hold one or the other). */
  readonly nodes: boolean;
  readonly edges: boolean;
  header(): string;
  node(node: NodeRow): string;
  /** Between the last node and the first edge. */
  separator(): string;
  edge(edge: EdgeRow): string;
  footer(): string;
}

/** Properties found in the store but not declared in the model (so left out of the file), by `node:`/`edge:` key. */
export class UndeclaredProperties {
  readonly seen = new Set<string>();

  check(kind: 'node' | 'edge', properties: Record<string, unknown>): void {
    const declared = kind === 'node' ? STORED_NODE_PROPERTIES : STORED_EDGE_PROPERTIES;
    for (const key of Object.keys(properties)) if (!declared.has(key)) this.seen.add(`${kind}:${key}`);
  }
}

/** Attribute values by attribute name: stored properties renamed as declared, undeclared ones left out. */
function values(specs: readonly AttrSpec[], properties: Record<string, unknown>, computed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const property = propertyOf(spec);
    out[spec.name] = property === null ? computed[spec.name] : properties[property];
  }
  return out;
}

/** A node's attribute values (`type` is its label). */
export function nodeValues(node: NodeRow): Record<string, unknown> {
  return values(NODE_ATTRIBUTES, node.properties, { type: node.label });
}

export function edgeValues(edge: EdgeRow): Record<string, unknown> {
  return values(EDGE_ATTRIBUTES, edge.properties, { type: edge.type, directed: edge.directed });
}

/**
 * A value as the text of a typed attribute, or null when absent or not of the declared type (a property
 * written by hand with the wrong type is left out rather than mislabelled). Lists become JSON arrays.
 */
export function textValue(spec: AttrSpec, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'bigint' ? value.toString() : null;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : null;
    case 'stringList':
      return Array.isArray(value) ? JSON.stringify(value.map(String)) : typeof value === 'string' ? JSON.stringify([value]) : null;
  }
}

/** Declared attributes with a value on this item, as [spec, text] pairs in declaration order. */
export function typedValues(specs: readonly AttrSpec[], values: Record<string, unknown>): [AttrSpec, string][] {
  const out: [AttrSpec, string][] = [];
  for (const spec of specs) {
    const text = textValue(spec, values[spec.name]);
    if (text !== null) out.push([spec, text]);
  }
  return out;
}

export { EDGE_ATTRIBUTES, NODE_ATTRIBUTES };

/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, newline and carriage
 * return, U+FFFE/U+FFFF and unpaired surrogates. They are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Escapes text for an XML attribute value or element content. Tab, newline and carriage return become
 * character references, so attribute-value normalisation does not turn them into spaces.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]);
}

/** An RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(text: string | null): string {
  if (text === null) return '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
