// Reads the graph through Cypher, one keyset page at a time, as plain node and edge rows with our ids; builds
// graphology graphs from them. The exporters stream the same pages, so files and metrics see the same graph.
import Graph from 'graphology';
import { isDirected, KEY_PROPERTY, type GraphFilter, type Label, type RelType } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { repositories, type NodeCursor, type NodePageRow, type RelationshipPageRow } from '../store/repositories';

export interface NodeRow {
  /** Our id: `id`, or a nation's `code`. */
  id: string;
  label: Label;
  /** Stored properties, without the key property (it is the id). */
  properties: Record<string, unknown>;
}

export interface EdgeRow {
  /**
   * A stable id made of ours, never the engine's: `source|TYPE|target`, with `#2`, `#3`… for further
   * relationships of the same type between the same two nodes (meetings on different dates), numbered in
   * the order of their properties.
   */
  id: string;
  source: string;
  target: string;
  type: RelType;
  /** False for the mutual types (SISTER_OF, MET_WITH): stored once per pair, meant both ways. */
  directed: boolean;
  properties: Record<string, unknown>;
}

/** Nodes (and source nodes of edges) read per query. */
export const DEFAULT_PAGE_SIZE = 1000;

const START: NodeCursor = { afterId: null, afterLabel: null };

/** The nodes matching the filter's labels, in pages ordered by id (then label). */
export async function* readNodePages(store: GraphStore, filter: GraphFilter, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<NodeRow[]> {
  const graph = repositories(store).graph;
  let cursor = START;
  for (;;) {
    const rows = await graph.pageNodes(filter.labels, cursor, pageSize);
    if (rows.length > 0) yield rows.map(toNodeRow);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { afterId: String(last.id), afterLabel: String(last.label) };
  }
}

/**
 * The relationships of the filter's types whose two ends both have one of its labels, in pages (the outgoing
 * relationships of `pageSize` source nodes each), ordered by source id and, within a source, by type, target
 * and properties: the same order on every engine and every run.
 */
export async function* readEdgePages(store: GraphStore, filter: GraphFilter, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<EdgeRow[]> {
  const graph = repositories(store).graph;
  let cursor = START;
  for (;;) {
    const rows = await graph.pageRelationships(filter.labels, filter.types, cursor, pageSize);
    const edges = rows.flatMap(toEdgeRows);
    if (edges.length > 0) yield edges;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { afterId: String(last.source), afterLabel: String(last.sourceLabel) };
  }
}

function toNodeRow(row: NodePageRow): NodeRow {
  const label = row.label;
  const { [KEY_PROPERTY[label] ?? 'id']: _key, ...properties } = (row.properties ?? {}) as Record<string, unknown>;
  return { id: String(row.id), label, properties };
}

/** Sorts a source node's relationships into a canonical order and gives each its stable id. */
function toEdgeRows(row: RelationshipPageRow): EdgeRow[] {
  const source = String(row.source);
  const relationships = (row.relationships ?? [])
    .map((r) => ({ type: r.type, target: String(r.target), properties: r.properties ?? {} }))
    .map((r) => ({ ...r, sortKey: `${r.type}\u0000${r.target}\u0000${canonicalJson(r.properties)}` }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const seen = new Map<string, number>();
  return relationships.map((r) => {
    const base = `${source}|${r.type}|${r.target}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}#${n}`,
      source,
      target: r.target,
      type: r.type,
      directed: isDirected(r.type),
      properties: r.properties,
    };
  });
}

/** JSON with object keys sorted, so equal property maps compare equal whatever order an engine returns. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface NodeAttributes {
  label: Label;
  [property: string]: unknown;
}

export interface EdgeAttributes {
  type: RelType;
  [property: string]: unknown;
}

/**
 * The graph as stored: a mixed multigraph (the mutual types undirected, every other type directed; parallel
 * relationships kept), keyed by our ids, with labels and properties as attributes. Nodes are inserted in id
 * order and edges in page order, so algorithms that depend on iteration order are reproducible.
 */
export async function projectGraph(store: GraphStore, filter: GraphFilter, pageSize = DEFAULT_PAGE_SIZE): Promise<Graph<NodeAttributes, EdgeAttributes>> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'mixed', multi: true, allowSelfLoops: true });
  for await (const page of readNodePages(store, filter, pageSize)) {
    for (const node of page) {
      if (graph.hasNode(node.id)) {
        throw new Error(`Two nodes share the id "${node.id}" (${graph.getNodeAttribute(node.id, 'label')} and ${node.label}): ids must be unique across labels`);
      }
      graph.addNode(node.id, { ...node.properties, label: node.label });
    }
  }
  for await (const page of readEdgePages(store, filter, pageSize)) {
    for (const edge of page) {
      const attributes = { ...edge.properties, type: edge.type };
      if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
      else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    }
  }
  return graph;
}
