// Queries over the whole graph, across labels: node lookup by id, paths, frontier expansion, the co-membership
// network, keyset pages of every node and relationship (analytics, exports) and counts (health). The only code that
// names these queries, their parameters and their columns.
import { isDirected, RELATIONSHIP_TYPES, type Label, type RelType } from '../../model/graph';
import type { City, Nation, NodeRef, Organization, RelationshipRecord } from '../../model/records';
import type { Row } from '../port';
import { StatementBuilder, degreePattern, keyedSource, type DegreeSide } from '../query/compile';
import { toCity } from './entities';
import type { Run } from './nodes';

export interface PathRecord {
  nodes: NodeRef[];
  relationships: RelationshipRecord[];
}

export interface ExpandRecord {
  from: NodeRef;
  to: NodeRef;
  relationship: RelationshipRecord;
}

export interface CoMembershipRecord {
  cityA: string;
  cityB: string;
  organizations: string[];
  sharedCount: number;
}

/** A node of the exports, by key: its id (ours) and every stored property. */
export interface NodeByKeyRow {
  id: string;
  properties: Record<string, unknown>;
}

/** A source node of the exports and its outgoing relationships, unordered. */
export interface RelationshipsByKeyRow {
  source: string;
  relationships: { type: RelType; target: string; properties: Record<string, unknown> }[];
}

/** One source node's outgoing relationships in the metric projection: parallel lists of types and target ids. */
export interface ProjectionOutRow {
  source: string;
  types: string[];
  targets: string[];
}

/** The parameters a node set is passed as: one id list per label, so each lookup uses its index. */
export function idsByLabel(refs: Iterable<NodeRef>): Record<'cities' | 'nations' | 'organizations' | 'officials' | 'policyProjects' | 'rankings' | 'events' | 'statedFigures', string[]> {
  const param: Record<Label, keyof ReturnType<typeof idsByLabel>> = {
    City: 'cities',
    Nation: 'nations',
    Organization: 'organizations',
    Official: 'officials',
    PolicyProject: 'policyProjects',
    Ranking: 'rankings',
    Event: 'events',
    StatedFigure: 'statedFigures',
  };
  const out = Object.fromEntries(Object.values(param).map((p) => [p, [] as string[]])) as ReturnType<typeof idsByLabel>;
  for (const ref of refs) out[param[ref.label]].push(ref.id);
  return out;
}

function toRelationship(row: Row): RelationshipRecord {
  const type = row.type as RelType;
  return { type, source: String(row.source), target: String(row.target), directed: isDirected(type), properties: (row.properties as Record<string, unknown>) ?? {} };
}

const toPath = (row: Row): PathRecord => ({ nodes: row.nodes as NodeRef[], relationships: (row.relationships as Row[]).map(toRelationship) });

export class GraphRepository {
  constructor(private readonly run: Run) {}

  /** The nodes of any label whose key is one of `ids` (more than one per id only if ids collided across labels). */
  async findNodes(ids: readonly string[]): Promise<NodeRef[]> {
    return (await this.run('traversal/find-nodes-by-ids', { ids: [...ids] })).map((row) => row.node as NodeRef);
  }

  /** The engine's own breadth-first search over every relationship type: one shortest path, or none. */
  async shortestPath(from: string, to: string, maxHops: number): Promise<PathRecord[]> {
    return (await this.run('traversal/shortest-path', { from, to, maxHops })).map(toPath);
  }

  /** The engine's own search for every shortest path over every relationship type, in a stable order. */
  async allShortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    return (await this.run('traversal/all-shortest-paths', { from, to, maxHops, limit })).map(toPath);
  }

  /** The number of relationships of each node of `ids` (every type, either way); nodes without any are left out. */
  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.run('traversal/node-degrees', { ids: [...ids] });
    return new Map(rows.map((row) => [String(row.id), Number(row.degree)]));
  }

  /** The neighbours' ids of each node of `ids` (every type, either way; one per relationship). */
  async neighbourIds(ids: readonly string[]): Promise<{ from: string; id: string }[]> {
    return (await this.run('traversal/expand-frontier-ids', { ids: [...ids] })).map((row) => ({ from: String(row.from), id: String(row.id) }));
  }

  /** Every relationship between the two nodes of each hop (`i` its position), read from the hop's `from` end. */
  async hopRelationships(hops: readonly { i: number; from: string; to: string }[]): Promise<{ i: number; relationship: RelationshipRecord }[]> {
    const rows = await this.run('traversal/path-relationships', { hops: hops.map((hop) => ({ ...hop })) });
    return rows.map((row) => ({ i: Number(row.i), relationship: toRelationship(row.relationship as Row) }));
  }

  /** Every relationship of `types` from a node of the frontier, either way, with the node it reaches. */
  async expand(frontier: readonly NodeRef[], types: readonly RelType[]): Promise<ExpandRecord[]> {
    const rows = await this.run('traversal/expand-frontier', { ...idsByLabel(frontier), types: [...types] });
    return rows.map((row) => ({ from: row.from as NodeRef, to: row.to as NodeRef, relationship: toRelationship(row.relationship as Row) }));
  }

  /**
   * The ids of the nodes one relationship of `types` away from the frontier, either way, with the label of the
   * frontier branch they came through (`via`): each branch's first `limit` rows by id, a node reached twice coming twice.
   */
  async expandNodes(frontier: readonly NodeRef[], types: readonly RelType[], limit: number): Promise<{ via: string; id: string }[]> {
    const anyType = RELATIONSHIP_TYPES.every((t) => types.includes(t));
    const rows = await this.run('traversal/expand-frontier-nodes', { ...idsByLabel(frontier), types: [...types], anyType, limit });
    return rows.map((row) => ({ via: String(row.via), id: String(row.id) }));
  }

  /** Every relationship of `types` whose two ends are both in `nodes`. */
  async relationshipsAmong(nodes: readonly NodeRef[], types: readonly RelType[]): Promise<RelationshipRecord[]> {
    const rows = await this.run('traversal/get-relationships-among-nodes', { ...idsByLabel(nodes), types: [...types] });
    return rows.map((row) => toRelationship(row.relationship as Row));
  }

  /** The partners of the city that share its organizations, most shared first (the first `limit`, or all); null when there is no such city. */
  async partnersSharingOrganizations(
    cityId: string,
    minShared: number,
    limit: number | null = null,
  ): Promise<{ partner: City; partnerNation: Nation | null; organizations: Organization[]; sharedCount: number }[] | null> {
    const [row] = await this.run('traversal/partners-sharing-organizations', { cityId, minShared, limit });
    if (!row || Number(row.found) === 0) return null;
    return (row.partners as Row[]).map((r) => ({
      partner: toCity(r.partner as Row),
      partnerNation: (r.nation ?? null) as Nation | null,
      organizations: r.organizations as Organization[],
      sharedCount: Number(r.sharedCount),
    }));
  }

  async sharedOrganizations(cityA: string, cityB: string): Promise<Organization[]> {
    return (await this.run('traversal/shared-organizations', { cityA, cityB })).map((row) => row.organization as Organization);
  }

  async commonPartners(cityA: string, cityB: string): Promise<City[]> {
    return (await this.run('traversal/common-partners', { cityA, cityB })).map((row) => toCity(row.city as Row));
  }

  async coMembershipNetwork(options: { category: string | null; minShared: number; limit: number }): Promise<CoMembershipRecord[]> {
    const rows = await this.run('traversal/co-membership-network', options);
    return rows.map((row) => ({ cityA: String(row.cityA), cityB: String(row.cityB), organizations: row.organizations as string[], sharedCount: Number(row.sharedCount) }));
  }

  /** How many city pairs the co-membership network compares (the sum over organizations of members·(members−1)/2). */
  async countCoMembershipPairs(category: string | null): Promise<number> {
    return Number((await this.run('traversal/count-co-membership-pairs', { category }))[0]?.pairs ?? 0);
  }

  /** The nodes of `label` with these keys (a key nobody has: no row), unordered. */
  async nodesByKey(label: Label, keys: readonly string[]): Promise<NodeByKeyRow[]> {
    const b = new StatementBuilder();
    return (await this.run('analytics/nodes-by-key', { ...b.params, keys: [...keys] }, { source: keyedSource(label, b) })) as unknown as NodeByKeyRow[];
  }

  /** The relationships of `types` from the nodes of `label` with these keys to nodes of `labels`: a row per source that has any. */
  async relationshipsByKey(label: Label, keys: readonly string[], labels: readonly Label[], types: readonly RelType[]): Promise<RelationshipsByKeyRow[]> {
    const b = new StatementBuilder();
    const params = { ...b.params, keys: [...keys], labels: [...labels], types: [...types] };
    return (await this.run('analytics/relationships-by-key', params, { source: keyedSource(label, b) })) as unknown as RelationshipsByKeyRow[];
  }

  /** Every outgoing relationship of the nodes of `label` with these keys, one row per node that has any. */
  async projectionOut(label: Label, keys: readonly string[]): Promise<ProjectionOutRow[]> {
    const b = new StatementBuilder();
    return (await this.run('analytics/projection-out', { ...b.params, keys: [...keys] }, { source: keyedSource(label, b) })) as unknown as ProjectionOutRow[];
  }

  /** How many nodes have each degree in relationships of `type` on `side` (nodes without any: no row). */
  async degreeHistogram(type: RelType, side: DegreeSide): Promise<{ degree: number; nodes: number }[]> {
    const b = new StatementBuilder();
    const rows = await this.run('stats/degree-histogram', b.params, { match: degreePattern(type, side, b) });
    return rows.map((r) => ({ degree: Number(r.degree), nodes: Number(r.nodes) }));
  }

  /** The degree of the node of `label` with key `key` in relationships of `type` on `side` (0 when there is none). */
  async degreeOf(label: Label, key: string, type: RelType, side: DegreeSide): Promise<number> {
    const b = new StatementBuilder();
    const match = degreePattern(type, side, b, { label, key });
    return Number((await this.run('stats/degree-of-node', b.params, { match }))[0]?.degree ?? 0);
  }

  /** Node counts by label and relationship counts by type, sorted by name. */
  async counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
    const [nodes, relationships] = await Promise.all([this.run('stats/count-nodes-by-label'), this.run('stats/count-relationships-by-type')]);
    const toRecord = (rows: Row[], key: string) =>
      Object.fromEntries(rows.map((r) => [String(r[key]), Number(r.count)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    return { nodes: toRecord(nodes, 'label'), relationships: toRecord(relationships, 'type') };
  }
}
