// Reads the graph through Cypher, one page at a time, as plain node and edge rows with our ids; builds graphology
// graphs from them. The exporters stream the same pages, so files and metrics see the same graph. The pages follow
// the nodes' keys, listed label by label (query/name-keys) and sorted here; each page's nodes are then read through
// their keys' index (analytics/nodes-by-key, analytics/relationships-by-key), so a page costs its own rows on both
// engines, where keyset pages in id order over every node made the embedded engine sort the whole graph each time.
import Graph from 'graphology';
import { isDirected, KEY_PROPERTY, type GraphFilter, type Label, type RelType } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { compareCodePoints } from '../store/key-order';
import { repositories, type NodeByKeyRow, type RelationshipsByKeyRow } from '../store/repositories';

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

/** A node of a page: its key (our id) and label. */
interface KeyedNode {
  key: string;
  label: Label;
}

/**
 * Every node of `labels` (a snapshot taken when the read starts: nodes created later are not read, deleted ones are
 * left out of their page), ordered by key as the engines order strings (code points), then by label.
 */
async function keyOrder(store: GraphStore, labels: readonly Label[]): Promise<KeyedNode[]> {
  const { search } = repositories(store);
  const nodes: KeyedNode[] = [];
  for (const label of labels) for (const row of await search.nameKeys(label)) nodes.push({ key: String(row.key), label });
  return nodes.sort((a, b) => compareCodePoints(a.key, b.key) || compareCodePoints(a.label, b.label));
}

/** The pages of `pageSize` nodes, each read with one statement per label it holds, its rows in the page's order. */
async function* keyedPages<T>(
  store: GraphStore,
  labels: readonly Label[],
  pageSize: number,
  read: (label: Label, keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): AsyncGenerator<{ node: KeyedNode; row: T }[]> {
  const nodes = await keyOrder(store, labels);
  for (let from = 0; from < nodes.length; from += pageSize) {
    const page = nodes.slice(from, from + pageSize);
    const keys = new Map<Label, string[]>();
    for (const { key, label } of page) {
      const list = keys.get(label);
      if (list) list.push(key);
      else keys.set(label, [key]);
    }
    const rows = new Map<string, T>();
    for (const [label, list] of keys) for (const row of await read(label, list)) rows.set(`${label}\u0000${keyOf(row)}`, row);
    yield page.flatMap((node) => {
      const row = rows.get(`${node.label}\u0000${node.key}`);
      return row === undefined ? [] : [{ node, row }];
    });
  }
}

/** The nodes matching the filter's labels, in pages ordered by id (then label). */
export async function* readNodePages(store: GraphStore, filter: GraphFilter, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<NodeRow[]> {
  const graph = repositories(store).graph;
  const pages = keyedPages(store, filter.labels, pageSize, (label, keys) => graph.nodesByKey(label, keys), (row) => String(row.id));
  for await (const page of pages) if (page.length > 0) yield page.map(({ node, row }) => toNodeRow(node.label, row));
}

/**
 * The relationships of the filter's types whose two ends both have one of its labels, in pages (the outgoing
 * relationships of `pageSize` source nodes each), ordered by source id and, within a source, by type, target
 * and properties: the same order on every engine and every run.
 */
export async function* readEdgePages(store: GraphStore, filter: GraphFilter, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<EdgeRow[]> {
  const graph = repositories(store).graph;
  const read = (label: Label, keys: string[]) => graph.relationshipsByKey(label, keys, filter.labels, filter.types);
  for await (const page of keyedPages(store, filter.labels, pageSize, read, (row) => String(row.source))) {
    const edges = page.flatMap(({ row }) => toEdgeRows(row));
    if (edges.length > 0) yield edges;
  }
}

function toNodeRow(label: Label, row: NodeByKeyRow): NodeRow {
  const { [KEY_PROPERTY[label] ?? 'id']: _key, ...properties } = (row.properties ?? {}) as Record<string, unknown>;
  return { id: String(row.id), label, properties };
}

/** Sorts a source node's relationships into a canonical order and gives each its stable id. */
function toEdgeRows(row: RelationshipsByKeyRow): EdgeRow[] {
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
