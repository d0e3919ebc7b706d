// Searches over the whole graph, across node types: shortest paths and neighbourhoods. They return node references
// ({label, id}) and relationship records; callers turn references into entities.
//
// Nodes are addressed by one id whatever their type: `id` for cities, organizations and officials (lowercase slugs),
// the ISO 3166-1 code for nations (upper case), so ids of different types do not collide.
//
// One path over every relationship type is searched from both ends in the service (src/services/path-meet.ts: the
// embedded engine's `shortestPath` searches from one end only and reads most of a large graph); every path over
// every type uses the engine's `allShortestPaths`, one query. Paths restricted to some relationship types (`via`) are searched here, from both
// ends, one `expand-frontier` query per hop: Cypher cannot take a variable-length pattern's type list as a
// parameter, and the portable way to filter it, `WHERE all(r IN relationships(p) WHERE type(r) IN $types)`, is
// applied by Neo4j during the search but by the embedded engine (Grafeo 0.6.0) only to the one path its search
// found, so that it returns no path where a longer one of the right types exists. The level-by-level search gives
// the same answer on both engines; tests check it against the engine's search over every type.
import { RELATIONSHIP_TYPES, type RelType } from '../model/graph';
import type { NodeRef, RelationshipRecord } from '../model/records';
import type { GraphRepository, PathRecord } from '../store/repositories';
import { meetSearch } from './path-meet';

export interface SubgraphRecord {
  nodes: NodeRef[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

/** The upper bound every path search honours; the Cypher patterns carry it as a literal. */
export const MAX_HOPS_CAP = 10;

const refKey = (ref: NodeRef) => `${ref.label}:${ref.id}`;

export interface PathOptions {
  /** Relationship types the path may follow, in either direction. */
  types: readonly RelType[];
  /** Longest path accepted (1 to MAX_HOPS_CAP). */
  maxHops: number;
  /** At most this many paths. */
  limit: number;
  /** `one`: any one shortest path; `all`: every shortest path (up to `limit`), ordered by node ids then types. */
  mode: 'one' | 'all';
}

/**
 * The shortest paths from one node to another (none when they are not connected within `maxHops`): when every type
 * may be followed, one path by the two-ended search (path-meet.ts) and all of them by the engine's own search; the
 * level-by-level search otherwise.
 */
export async function shortestPaths(graph: GraphRepository, from: NodeRef, to: NodeRef, options: PathOptions): Promise<PathRecord[]> {
  if (options.maxHops > MAX_HOPS_CAP) throw new Error(`maxHops ${options.maxHops} is above the cap of ${MAX_HOPS_CAP}`);
  if (refKey(from) === refKey(to)) return [{ nodes: [from], relationships: [] }];
  if (!RELATIONSHIP_TYPES.every((t) => options.types.includes(t))) return levelSearch(graph, from, to, options);
  const paths =
    options.mode === 'one'
      ? await meetSearch(graph, from, to, options.maxHops)
      : await graph.allShortestPaths(from.id, to.id, options.maxHops, options.limit);
  return paths.slice(0, options.limit);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTypeAndEnds = (a: RelationshipRecord, b: RelationshipRecord) =>
  compare(a.type, b.type) || compare(a.source, b.source) || compare(a.target, b.target) || compare(JSON.stringify(a.properties), JSON.stringify(b.properties));
const byId = (a: NodeRef, b: NodeRef) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

interface Link {
  /** The node at the other end of the relationship. */
  node: string;
  relationship: RelationshipRecord;
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
  async expand(graph: GraphRepository, types: readonly RelType[], refs: Map<string, NodeRef>): Promise<NodeRef[]> {
    const next: NodeRef[] = [];
    const level = this.depth + 1;
    for (const row of await graph.expand(this.frontier, types)) {
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
export async function levelSearch(graph: GraphRepository, from: NodeRef, to: NodeRef, options: PathOptions): Promise<PathRecord[]> {
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
    for (const node of await side.expand(graph, options.types, refs)) {
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
  const links = new Map<string, Map<string, RelationshipRecord[]>>();
  const onPath = new Set([target]);
  const stack = [target];
  while (stack.length > 0) {
    const key = stack.pop()!;
    for (const link of predecessors(key)) {
      const next = links.get(link.node) ?? new Map<string, RelationshipRecord[]>();
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
  const paths: PathRecord[] = [];
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
function emitRelationshipChoices(nodes: NodeRef[], forward: Map<string, Map<string, RelationshipRecord[]>>, out: PathRecord[], limit: number): void {
  const hops = nodes.slice(1).map((node, i) => forward.get(refKey(nodes[i]))!.get(refKey(node))!);
  const choose = (chosen: RelationshipRecord[]): void => {
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
  types: readonly RelType[];
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
export async function neighborhood(graph: GraphRepository, centre: NodeRef, options: NeighborhoodOptions): Promise<SubgraphRecord> {
  const kept: NodeRef[] = [centre];
  const seen = new Set([centre.id]);
  let frontier = [centre];
  let truncated = false;
  for (let depth = 1; depth <= options.depth && frontier.length > 0 && !truncated; depth += 1) {
    const room = options.limit - kept.length;
    const next = await nextLevel(graph, frontier, options.types, seen, room + 1);
    if (next.length > room) truncated = true;
    const level = next.slice(0, room);
    level.forEach((id) => seen.add(id));
    // Ids are unique across labels; the level's labels are looked up once it is cut (one query).
    frontier = level.length > 0 ? (await graph.findNodes(level)).sort(byId) : [];
    kept.push(...frontier);
  }
  const relationships = await graph.relationshipsAmong(kept, options.types);
  return { nodes: kept, relationships: relationships.sort(byTypeAndEnds), truncated };
}

/**
 * The first `wanted` ids (in id order) of the nodes one hop from the frontier that are not in `seen`. The store
 * cuts each label's branch to its first rows by id, duplicates included (a node reached twice comes twice); a
 * branch that was cut before it gave `wanted` new ids is asked again with a larger cut, so the answer is exact and
 * memory stays bounded by the limit, not by a hub's degree.
 */
async function nextLevel(graph: GraphRepository, frontier: NodeRef[], types: readonly RelType[], seen: Set<string>, wanted: number): Promise<string[]> {
  for (let cut = 2 * (wanted + seen.size); ; cut *= 4) {
    const branches = new Map<string, string[]>();
    for (const row of await graph.expandNodes(frontier, types, cut)) {
      const ids = branches.get(row.via) ?? [];
      ids.push(row.id);
      branches.set(row.via, ids);
    }
    const fresh = (ids: string[]) => new Set(ids.filter((id) => !seen.has(id)));
    const short = [...branches.values()].some((ids) => ids.length >= cut && fresh(ids).size < wanted);
    if (!short) return [...fresh([...branches.values()].flat())].sort(compare).slice(0, wanted);
  }
}
