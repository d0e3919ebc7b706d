// Walks over the whole graph, across node types: node lookup by id, shortest paths and neighbourhoods.
// GraphQL-free: returns node references ({label, id}) and relationship rows; the resolvers turn references into
// entities through the per-request DataLoaders.
//
// Nodes are addressed by one id whatever their type: `id` for cities, organizations and officials (lowercase slugs),
// the ISO 3166-1 code for nations (upper case), so ids of different types do not collide.
//
// Paths over every relationship type use the engine's own breadth-first search (`shortestPath`,
// `allShortestPaths`), one query. Paths restricted to some relationship types (`via`) are searched here, from both
// ends, one `expand-frontier` query per hop: Cypher cannot take a variable-length pattern's type list as a
// parameter, and the portable way to filter it, `WHERE all(r IN relationships(p) WHERE type(r) IN $types)`, is
// applied by Neo4j during the search but by the embedded engine (Grafeo 0.6.0) only to the one path its search
// found, so that it returns no path where a longer one of the right types exists. The level-by-level search gives the same answer on both engines;
// tests check it against the engine's search over every type.
import type { GraphStore } from '../store/graph-store';
import type { Row } from '../store/port';

export type NodeLabel = 'City' | 'Nation' | 'Organization' | 'Official';

export interface NodeRef {
  label: NodeLabel;
  /** `id` of a city, organization or official; `code` of a nation. */
  id: string;
}

export interface RelationshipRow {
  type: string;
  /** Id of the start node as stored. */
  source: string;
  /** Id of the end node as stored. */
  target: string;
  properties: Record<string, unknown>;
}

export interface PathRow {
  nodes: NodeRef[];
  relationships: RelationshipRow[];
}

export interface SubgraphRow {
  nodes: NodeRef[];
  relationships: RelationshipRow[];
  truncated: boolean;
}

/** The upper bound every path search honours; the Cypher patterns carry it as a literal. */
export const MAX_HOPS_CAP = 10;

const refKey = (ref: NodeRef) => `${ref.label}:${ref.id}`;

/** The parameters a frontier or node set is passed as: one id list per label, so each lookup uses its index. */
export function idsByLabel(refs: Iterable<NodeRef>): { cities: string[]; nations: string[]; organizations: string[]; officials: string[] } {
  const out = { cities: [] as string[], nations: [] as string[], organizations: [] as string[], officials: [] as string[] };
  const list = { City: out.cities, Nation: out.nations, Organization: out.organizations, Official: out.officials };
  for (const ref of refs) list[ref.label].push(ref.id);
  return out;
}

/** The nodes of any type with the given ids: every match of each id (one, unless ids collide across types). */
export async function findNodes(store: GraphStore, ids: string[]): Promise<Map<string, NodeRef[]>> {
  const rows = await store.run('traversal/find-nodes-by-ids', { ids: [...new Set(ids)] });
  const found = new Map<string, NodeRef[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const ref = row.node as NodeRef;
    found.get(ref.id)?.push(ref);
  }
  return found;
}

export interface PathOptions {
  /** Relationship types the path may follow, in either direction. */
  types: readonly string[];
  /** Longest path accepted (1 to MAX_HOPS_CAP). */
  maxHops: number;
  /** At most this many paths. */
  limit: number;
  /** `one`: any one shortest path; `all`: every shortest path (up to `limit`), ordered by node ids then types. */
  mode: 'one' | 'all';
  /** Which search to use; by default the engine's when every type is allowed. Tests compare the two. */
  strategy?: 'engine' | 'levels';
}

/** The shortest paths from one node to another (none when they are not connected within `maxHops`). */
export async function shortestPaths(
  store: GraphStore,
  from: NodeRef,
  to: NodeRef,
  allTypes: readonly string[],
  options: PathOptions,
): Promise<PathRow[]> {
  if (options.maxHops > MAX_HOPS_CAP) throw new Error(`maxHops ${options.maxHops} is above the cap of ${MAX_HOPS_CAP}`);
  if (refKey(from) === refKey(to)) return [{ nodes: [from], relationships: [] }];
  const everyType = allTypes.every((t) => options.types.includes(t));
  const strategy = options.strategy ?? (everyType ? 'engine' : 'levels');
  if (strategy === 'engine') {
    if (!everyType) throw new Error('the engine search follows every relationship type');
    const rows =
      options.mode === 'one'
        ? await store.run('traversal/shortest-path', { from: from.id, to: to.id, maxHops: options.maxHops })
        : await store.run('traversal/all-shortest-paths', { from: from.id, to: to.id, maxHops: options.maxHops, limit: options.limit });
    return rows.slice(0, options.limit).map(toPathRow);
  }
  return levelSearch(store, from, to, options);
}

function toPathRow(row: Row): PathRow {
  return { nodes: row.nodes as NodeRef[], relationships: (row.relationships as RelationshipRow[]).map(toRelationshipRow) };
}

function toRelationshipRow(row: RelationshipRow): RelationshipRow {
  return { type: row.type, source: row.source, target: row.target, properties: row.properties ?? {} };
}

interface ExpandRow {
  from: NodeRef;
  to: NodeRef;
  relationship: RelationshipRow;
}

async function expand(store: GraphStore, frontier: NodeRef[], types: readonly string[]): Promise<ExpandRow[]> {
  const rows = await store.run('traversal/expand-frontier', { ...idsByLabel(frontier), types: [...types] });
  return rows.map((row) => ({ from: row.from as NodeRef, to: row.to as NodeRef, relationship: toRelationshipRow(row.relationship as RelationshipRow) }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTypeAndEnds = (a: RelationshipRow, b: RelationshipRow) =>
  compare(a.type, b.type) || compare(a.source, b.source) || compare(a.target, b.target) || compare(JSON.stringify(a.properties), JSON.stringify(b.properties));
const byId = (a: NodeRef, b: NodeRef) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

interface Link {
  /** The node at the other end of the relationship. */
  node: string;
  relationship: RelationshipRow;
}

/** One side of the bidirectional search: the nodes it reached, at which distance, and through which relationships. */
class SearchSide {
  readonly distance = new Map<string, number>();
  /** For each node reached, the relationships from nodes one level nearer this side's start. */
  readonly incoming = new Map<string, Link[]>();
  /** For each node expanded, the relationships to the nodes it reached one level further. */
  readonly outgoing = new Map<string, Link[]>();
  depth = 0;
  frontier: NodeRef[];

  constructor(start: NodeRef) {
    this.distance.set(refKey(start), 0);
    this.frontier = [start];
  }

  /** Expands the frontier one level (one query); returns the nodes reached for the first time. */
  async expand(store: GraphStore, types: readonly string[], refs: Map<string, NodeRef>): Promise<NodeRef[]> {
    const next: NodeRef[] = [];
    const level = this.depth + 1;
    for (const row of await expand(store, this.frontier, types)) {
      const [from, to] = [refKey(row.from), refKey(row.to)];
      const seen = this.distance.get(to);
      if (seen === undefined) {
        this.distance.set(to, level);
        refs.set(to, row.to);
        next.push(row.to);
      } else if (seen !== level) {
        continue;
      }
      this.incoming.set(to, [...(this.incoming.get(to) ?? []), { node: from, relationship: row.relationship }]);
      this.outgoing.set(from, [...(this.outgoing.get(from) ?? []), { node: to, relationship: row.relationship }]);
    }
    this.depth = level;
    this.frontier = next;
    return next;
  }
}

/**
 * Bidirectional breadth-first search, one level (one query) at a time from whichever end has the smaller
 * frontier, keeping every relationship that reaches a node of the next level, until the two searches meet or
 * `maxHops` levels are done. The paths are then read off that shortest-path graph in the order
 * `all-shortest-paths.cypher` returns them: by the ids along the path, then by the relationship types.
 */
async function levelSearch(store: GraphStore, from: NodeRef, to: NodeRef, options: PathOptions): Promise<PathRow[]> {
  const [source, target] = [refKey(from), refKey(to)];
  const refs = new Map<string, NodeRef>([
    [source, from],
    [target, to],
  ]);
  const forward = new SearchSide(from);
  const backward = new SearchSide(to);
  let length = Infinity;
  /** A level (distance from `from`) at which every shortest path's node is known to both searches. */
  let boundary = 0;
  while (length === Infinity && forward.depth + backward.depth < options.maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return [];
    const side = forward.frontier.length <= backward.frontier.length ? forward : backward;
    const other = side === forward ? backward : forward;
    for (const node of await side.expand(store, options.types, refs)) {
      const distance = other.distance.get(refKey(node));
      if (distance !== undefined) length = Math.min(length, side.depth + distance);
    }
    // The searches meet for the first time in the level just added; each shortest path crosses it, or (from the
    // other end) the level at the same distance from `to`.
    boundary = side === forward ? forward.depth : length - backward.depth;
  }
  if (length === Infinity) return [];

  // The distance of a node from `from` along a shortest path, and the relationships reaching it from one level nearer.
  const levelOf = (key: string): number => {
    const b = backward.distance.get(key);
    return b !== undefined && length - b > boundary ? length - b : forward.distance.get(key)!;
  };
  const predecessors = (key: string): Link[] => {
    if (levelOf(key) <= boundary) return forward.incoming.get(key) ?? [];
    // Beyond the boundary, the backward search's links, read the other way; at the boundary only nodes the forward
    // search reached at that distance continue towards `from`.
    return (backward.outgoing.get(key) ?? []).filter(
      (link) => length - backward.distance.get(link.node)! > boundary || forward.distance.get(link.node) === boundary,
    );
  };

  // Keep only the nodes that lie on a shortest path to the target, and link them forwards.
  const links = new Map<string, Map<string, RelationshipRow[]>>();
  const onPath = new Set([target]);
  const stack = [target];
  while (stack.length > 0) {
    const key = stack.pop()!;
    for (const link of predecessors(key)) {
      const next = links.get(link.node) ?? new Map<string, RelationshipRow[]>();
      links.set(link.node, next);
      next.set(key, [...(next.get(key) ?? []), link.relationship]);
      if (!onPath.has(link.node)) {
        onPath.add(link.node);
        stack.push(link.node);
      }
    }
  }
  for (const next of links.values()) {
    for (const relationships of next.values()) relationships.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  }

  const limit = options.mode === 'one' ? 1 : options.limit;
  const paths: PathRow[] = [];
  const walk = (nodes: NodeRef[]): void => {
    const last = refKey(nodes[nodes.length - 1]);
    if (last === target) {
      emitRelationshipChoices(nodes, links, paths, limit);
      return;
    }
    const nextNodes = [...(links.get(last)?.keys() ?? [])].map((key) => refs.get(key)!).sort(byId);
    for (const node of nextNodes) {
      if (paths.length >= limit) return;
      walk([...nodes, node]);
    }
  };
  walk([from]);
  return paths;
}

/** Every choice of relationship between consecutive nodes (several where two nodes are linked twice), in type order. */
function emitRelationshipChoices(nodes: NodeRef[], forward: Map<string, Map<string, RelationshipRow[]>>, out: PathRow[], limit: number): void {
  const hops = nodes.slice(1).map((node, i) => forward.get(refKey(nodes[i]))!.get(refKey(node))!);
  const choose = (chosen: RelationshipRow[]): void => {
    if (out.length >= limit) return;
    if (chosen.length === hops.length) {
      out.push({ nodes, relationships: chosen });
      return;
    }
    for (const relationship of hops[chosen.length]) choose([...chosen, relationship]);
  };
  choose([]);
}

export interface NeighborhoodOptions {
  /** Relationship types to follow, in either direction. */
  types: readonly string[];
  /** How many hops from the centre (1 to 3). */
  depth: number;
  /** At most this many nodes, the centre included. */
  limit: number;
}

/**
 * The nodes within `depth` hops of a node (nearest first; within one distance by id) and every relationship of
 * the given types among them (the subgraph they induce, as NetworkX's `ego_graph`). When more nodes are in reach
 * than `limit`, the farthest are left out and `truncated` is set.
 */
export async function neighborhood(store: GraphStore, centre: NodeRef, options: NeighborhoodOptions): Promise<SubgraphRow> {
  const kept: NodeRef[] = [centre];
  const seen = new Set([refKey(centre)]);
  let frontier = [centre];
  let truncated = false;
  for (let depth = 1; depth <= options.depth && frontier.length > 0 && !truncated; depth += 1) {
    const next: NodeRef[] = [];
    for (const row of await expand(store, frontier, options.types)) {
      const key = refKey(row.to);
      if (!seen.has(key)) {
        seen.add(key);
        next.push(row.to);
      }
    }
    next.sort(byId);
    const room = options.limit - kept.length;
    if (next.length > room) truncated = true;
    frontier = next.slice(0, room);
    kept.push(...frontier);
  }
  const rows = await store.run('traversal/get-relationships-among-nodes', { ...idsByLabel(kept), types: [...options.types] });
  const relationships = rows.map((row) => toRelationshipRow(row.relationship as RelationshipRow));
  return { nodes: kept, relationships: relationships.sort(byTypeAndEnds), truncated };
}

export interface CoMembershipRow {
  cityA: string;
  cityB: string;
  organizations: string[];
  sharedCount: number;
}

/** Pairs of cities sharing at least `minShared` organizations (of one category, if given), strongest first. */
export async function coMembershipNetwork(
  store: GraphStore,
  options: { category: string | null; minShared: number; limit: number },
): Promise<CoMembershipRow[]> {
  const rows = await store.run('traversal/co-membership-network', options);
  return rows.map((row) => ({
    cityA: row.cityA as string,
    cityB: row.cityB as string,
    organizations: row.organizations as string[],
    sharedCount: Number(row.sharedCount),
  }));
}

/** How many city pairs the co-membership network compares (the sum over organizations of members·(members−1)/2). */
export async function countCoMembershipPairs(store: GraphStore, category: string | null): Promise<number> {
  const [row] = await store.run('traversal/count-co-membership-pairs', { category });
  return Number(row?.pairs ?? 0);
}
