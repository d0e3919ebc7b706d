// One shortest path over every relationship type, searched from both ends at once, level by level, in the service.
//
// The embedded engine's own `shortestPath` searches from one end only (docs/engines.md), so at world scale a path of
// three hops between two cities reads the members of every organization of the first: most of the graph. Here each
// side keeps the nodes it reached (with one parent each) and its frontier (the nodes at its current depth). A round
// first asks whether the two frontiers are linked by a relationship (a path of depthA + depthB + 1 hops), reading the
// neighbours of the cheapest set of nodes that covers every possible link; if not, it moves the side whose frontier
// has fewer relationships one level further. Degrees come from the engine cheaply (`COUNT { }`, no row per
// relationship), and a node's neighbours are pulled into the process (ids only) only when needed, so the members of
// a large organization are not read while the other side is cheaper. Once the sides meet, the path's nodes and
// relationships are read once. Any one shortest path is returned (the API leaves which one unspecified).
import { RELATIONSHIP_TYPES, RELATIONSHIPS, type Label } from '../model/graph';
import type { NodeRef, RelationshipRecord } from '../model/records';
import type { GraphRepository, PathRecord } from '../store/repositories';

export interface MeetTuning {
  /** Nodes with at most this many relationships are expanded freely; links between two busier nodes need a check. */
  lightDegree: number;
  /** Frontiers larger than this are not asked for every degree; their cost is estimated from their first nodes. */
  degreeLookupCap: number;
}

/** The defaults; tests lower them so that the seed graph takes the paths a world-scale graph takes. */
export const MEET_TUNING: MeetTuning = { lightDegree: 2_000, degreeLookupCap: 1_000 };

class Side {
  readonly parent = new Map<string, string | null>();
  frontier: string[];
  depth = 0;
  constructor(start: string) {
    this.parent.set(start, null);
    this.frontier = [start];
  }
  /** The ids from `id` back to this side's start. */
  chain(id: string): string[] {
    const out: string[] = [];
    for (let at: string | null = id; at !== null; at = this.parent.get(at)!) out.push(at);
    return out;
  }
}

/** Whether the model has a relationship type between nodes of these two labels (either way). */
const linkable = (a: Label, b: Label) =>
  RELATIONSHIP_TYPES.some((t) => {
    const spec = RELATIONSHIPS[t];
    return (spec.from.includes(a) && spec.to.includes(b)) || (spec.from.includes(b) && spec.to.includes(a));
  });

class Neighbourhoods {
  readonly degree = new Map<string, number>();
  readonly neighbours = new Map<string, string[]>();
  constructor(
    private readonly graph: GraphRepository,
    readonly tuning: MeetTuning,
  ) {}

  async degrees(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.degree.has(id));
    if (missing.length === 0) return;
    const found = await this.graph.degrees(missing);
    for (const id of missing) this.degree.set(id, found.get(id) ?? 0);
  }

  /** The relationships a frontier's nodes have in all: its cost to expand (estimated from a sample when large). */
  cost(frontier: string[]): number {
    const sample = frontier.slice(0, this.tuning.degreeLookupCap);
    const sum = sample.reduce((total, id) => total + (this.degree.get(id) ?? 0), 0);
    return (sum * frontier.length) / Math.max(1, sample.length);
  }

  async fetch(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.neighbours.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.neighbours.set(id, []);
    for (const row of await this.graph.neighbourIds(missing)) this.neighbours.get(row.from)!.push(row.id);
  }
}

/** One shortest path from `from` to `to` within `maxHops` over every relationship type, or none. */
export async function meetSearch(graph: GraphRepository, from: NodeRef, to: NodeRef, maxHops: number, tuning = MEET_TUNING): Promise<PathRecord[]> {
  const [a, b] = [new Side(from.id), new Side(to.id)];
  const known = new Neighbourhoods(graph, tuning);
  const cap = tuning.degreeLookupCap;
  while (a.depth + b.depth < maxHops) {
    if (a.frontier.length === 0 || b.frontier.length === 0) return [];
    await known.degrees([...a.frontier.slice(0, cap), ...b.frontier.slice(0, cap)]);
    const link = await linkBetween(graph, known, a, b);
    if (link) return readPath(graph, known, [...a.chain(link[0]).reverse(), ...b.chain(link[1])]);
    if (a.depth + b.depth + 1 >= maxHops) return [];
    const side = known.cost(a.frontier) <= known.cost(b.frontier) ? a : b;
    await known.fetch(side.frontier);
    const next: string[] = [];
    for (const id of side.frontier) {
      for (const neighbour of known.neighbours.get(id)!) {
        if (side.parent.has(neighbour)) continue;
        side.parent.set(neighbour, id);
        next.push(neighbour);
      }
    }
    side.frontier = next;
    side.depth += 1;
  }
  return [];
}

/**
 * A relationship between the two frontiers, as [node of a's frontier, node of b's frontier], or null. Reads the
 * neighbours of whichever covers every possible link at the lower cost: all of a's frontier, all of b's, or the
 * light nodes of both (enough when no two heavy nodes, one on each side, have labels the model can link; checked
 * when the heavy nodes are few).
 */
async function linkBetween(graph: GraphRepository, known: Neighbourhoods, a: Side, b: Side): Promise<[string, string] | null> {
  const isLight = (id: string) => (known.degree.get(id) ?? Infinity) <= known.tuning.lightDegree;
  const options: { cost: number; expand: string[] }[] = [
    { cost: known.cost(a.frontier), expand: a.frontier },
    { cost: known.cost(b.frontier), expand: b.frontier },
  ];
  const [heavyA, heavyB] = [a.frontier.filter((id) => !isLight(id)), b.frontier.filter((id) => !isLight(id))];
  const fewHeavy = heavyA.length + heavyB.length <= 100;
  if (fewHeavy && (heavyA.length < a.frontier.length || heavyB.length < b.frontier.length)) {
    const light = [...a.frontier, ...b.frontier].filter(isLight);
    const labels = heavyA.length > 0 && heavyB.length > 0 ? await labelsOf(graph, [...heavyA, ...heavyB]) : new Map<string, Label>();
    const heavyPairsLinkable = heavyA.some((x) => heavyB.some((y) => linkable(labels.get(x)!, labels.get(y)!)));
    if (!heavyPairsLinkable) options.push({ cost: light.reduce((sum, id) => sum + known.degree.get(id)!, 0), expand: light });
  }
  const best = options.reduce((min, option) => (option.cost < min.cost ? option : min));
  await known.fetch(best.expand);
  const [inA, inB] = [new Set(a.frontier), new Set(b.frontier)];
  for (const id of best.expand) {
    for (const neighbour of known.neighbours.get(id)!) {
      if (inA.has(id) && inB.has(neighbour)) return [id, neighbour];
      if (inB.has(id) && inA.has(neighbour)) return [neighbour, id];
    }
  }
  return null;
}

async function labelsOf(graph: GraphRepository, ids: string[]): Promise<Map<string, Label>> {
  return new Map((await graph.findNodes(ids)).map((ref) => [ref.id, ref.label as Label]));
}

/** The path through these node ids, read once: their labels, then one relationship for each hop (the first by type). */
async function readPath(graph: GraphRepository, known: Neighbourhoods, ids: string[]): Promise<PathRecord[]> {
  const refs = new Map((await graph.findNodes(ids)).map((ref) => [ref.id, ref]));
  const degree = (id: string) => known.degree.get(id) ?? Infinity;
  const hops = ids.slice(1).map((id, i) => (degree(ids[i]) <= degree(id) ? { i, from: ids[i], to: id } : { i, from: id, to: ids[i] }));
  const byHop = new Map<number, RelationshipRecord>();
  const rows = (await graph.hopRelationships(hops)).sort((x, y) => (x.relationship.type < y.relationship.type ? -1 : x.relationship.type > y.relationship.type ? 1 : 0));
  for (const row of rows) if (!byHop.has(row.i)) byHop.set(row.i, row.relationship);
  // A write that removed a node or relationship of the path since the search found it: no path, rather than a broken one.
  if (!ids.every((id) => refs.has(id)) || !hops.every((hop) => byHop.has(hop.i))) return [];
  return [{ nodes: ids.map((id) => refs.get(id)!), relationships: hops.map((hop) => byHop.get(hop.i)!) }];
}
