// Independent expectations from seed/graph.json itself: the graph as a graphology multigraph (undirected, one edge
// per relationship), for checking paths and neighbourhoods against graphology's algorithms and plain JS.
import Graph from 'graphology';
import { readSeed, type SeedGraph } from '../../src/seed/seed';
import { REPORT_TYPES, reportEdges, reportNodes, reportSeed } from './report-seed';

export const seed: SeedGraph = readSeed();
export const report = reportSeed(seed);

/** The relationship types of the diplomacy network (partnerships, memberships, offices, meetings). */
export const NETWORK_TYPES = ['SISTER_OF', 'LOCATED_IN', 'MEMBER_OF', 'HOSTS', 'MET_WITH', 'HOLDS_OFFICE'] as const;
/** Every relationship type: the network's and the report's (policy exports, rankings, events, stated figures). */
export const ALL_TYPES = [...NETWORK_TYPES, ...REPORT_TYPES] as const;

export interface SeedEdge {
  type: string;
  /** The stored start node (as the seed loader creates it). */
  source: string;
  target: string;
}

/** Every relationship the seed creates, in its stored direction. Nodes are keyed by id (nations by code). */
export function seedEdges(): SeedEdge[] {
  return [
    ...seed.cities.map((c) => ({ type: 'LOCATED_IN', source: c.id, target: c.nation })),
    ...seed.partnerships.map((p) => ({ type: 'SISTER_OF', source: p.cityA, target: p.cityB })),
    ...seed.memberships.map((m) => ({ type: 'MEMBER_OF', source: m.city, target: m.organization })),
    ...seed.hostings.map((h) => ({ type: 'HOSTS', source: h.city, target: h.organization })),
    ...seed.meetings.map((m) => ({ type: 'MET_WITH', source: m.official, target: m.with })),
    ...seed.offices.map((o) => ({ type: 'HOLDS_OFFICE', source: o.official, target: o.target })),
    ...reportEdges(report).map(({ type, source, target }) => ({ type, source, target })),
  ];
}

export function seedNodes(): { id: string; label: string; name: string }[] {
  return [
    ...seed.cities.map((c) => ({ id: c.id, label: 'City', name: c.name })),
    ...seed.nations.map((n) => ({ id: n.code, label: 'Nation', name: n.name })),
    ...seed.organizations.map((o) => ({ id: o.id, label: 'Organization', name: o.name })),
    ...seed.officials.map((o) => ({ id: o.id, label: 'Official', name: o.name })),
    ...reportNodes(report).map(({ id, label, name }) => ({ id, label, name })),
  ];
}

/** The seed as an undirected multigraph restricted to some relationship types (every node kept). */
export function seedGraph(types: readonly string[] = ALL_TYPES): Graph {
  const graph = new Graph({ type: 'undirected', multi: true });
  for (const node of seedNodes()) graph.addNode(node.id, { label: node.label });
  for (const edge of seedEdges()) if (types.includes(edge.type)) graph.addEdge(edge.source, edge.target, { type: edge.type });
  return graph;
}

/**
 * Every shortest path from `source` to `target` as node sequences, each with how many relationship sequences
 * realise it (several where two nodes are linked twice), counted by dynamic programming over BFS levels.
 */
export function shortestPathsOracle(graph: Graph, source: string, target: string): { length: number; paths: Map<string, number> } | null {
  const dist = new Map([[source, 0]]);
  let frontier = [source];
  while (frontier.length > 0 && !dist.has(target)) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of graph.neighbors(u)) {
        if (!dist.has(v)) {
          dist.set(v, dist.get(u)! + 1);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  if (!dist.has(target)) return null;
  const length = dist.get(target)!;
  // Walk back from the target through neighbours one level nearer the source.
  const paths = new Map<string, number>();
  const back = (path: string[], multiplicity: number): void => {
    const head = path[0];
    if (head === source) {
      paths.set(JSON.stringify(path), multiplicity);
      return;
    }
    for (const u of graph.neighbors(head)) {
      if (dist.get(u) === dist.get(head)! - 1) back([u, ...path], multiplicity * graph.edges(u, head).length);
    }
  };
  back([target], 1);
  return { length, paths };
}
