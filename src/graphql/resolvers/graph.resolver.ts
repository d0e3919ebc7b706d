// Whole-graph queries: shortest paths, neighbourhoods, the co-membership network and organization overlap; and the
// GraphNode fields of the four node types. Nodes are resolved through the per-request DataLoaders (one batched
// query per node type, whatever the number of paths or nodes).
import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput, notFound } from '../../errors';
import {
  coMembershipNetwork,
  countCoMembershipPairs,
  findNodes,
  neighborhood,
  shortestPaths,
  type NodeLabel,
  type NodeRef,
  type PathRow,
  type RelationshipRow,
} from '../../traversals/graph-walks';
import type { Context } from '../context';
import { PartnerTier, RELATIONSHIP_TYPES, RelationshipType, UNDIRECTED_RELATIONSHIP_TYPES } from '../enums';
import { AllShortestPathsArgs, CoMembershipArgs, MAX_CO_MEMBERSHIP_PAIRS, NeighborhoodArgs, OverlapArgs, PathArgs } from '../graph-args';
import { asGraphNode, GraphNode, type TaggedNode } from '../graph-node';
import { CoMembership, GraphRelationship, OverlapMatrix, Path, RelationshipProperties, Subgraph } from '../graph-types';
import { City, Nation, Official, Organization } from '../types';

/** Loads the entity a node reference names, through the DataLoader of its type, tagged for GraphNode. */
async function loadNode(ctx: Context, ref: NodeRef): Promise<TaggedNode> {
  const loader = { City: ctx.loaders.city, Nation: ctx.loaders.nation, Organization: ctx.loaders.organization, Official: ctx.loaders.official }[ref.label];
  const entity: object | null = await loader.load(ref.id);
  if (entity === null) throw new Error(`${ref.label} "${ref.id}" was found by a traversal but not by its loader`);
  return asGraphNode(ref.label, entity);
}

/** The node each id names; NOT_FOUND naming the first id that names none. */
async function resolveIds(ctx: Context, ids: string[]): Promise<NodeRef[]> {
  const found = await findNodes(ctx.store, ids);
  return ids.map((id) => {
    const refs = found.get(id) ?? [];
    if (refs.length === 0) throw notFound('Node', id);
    // Ids are unique across types by construction (slugs, upper-case ISO codes); a collision is a data error.
    if (refs.length > 1) throw new Error(`Node id "${id}" names several nodes: ${refs.map((r) => r.label).join(', ')}`);
    return refs[0];
  });
}

/** The relationship types to follow: every type when `via` is omitted, each listed type once otherwise. */
function typesOf(via: RelationshipType[] | null | undefined): RelationshipType[] {
  return via ? [...new Set(via)] : [...RELATIONSHIP_TYPES];
}

const optional = <T>(value: unknown, map: (v: unknown) => T = (v) => v as T): T | null => (value === null || value === undefined ? null : map(value));

function toRelationship(row: RelationshipRow): GraphRelationship {
  const p = row.properties;
  const properties: RelationshipProperties = {
    tier: optional(p.tier, (v) => v as PartnerTier),
    since: optional(p.since, Number),
    role: optional(p.role, String),
    office: optional(p.office, String),
    on: optional(p.on, String),
    topics: optional(p.topics, (v) => (v as unknown[]).map(String)),
    title: optional(p.title, String),
    source: String(p.source),
  };
  const type = row.type as RelationshipType;
  return { type, source: row.source, target: row.target, directed: !UNDIRECTED_RELATIONSHIP_TYPES.has(type), properties };
}

function toPath(row: PathRow): Path {
  return { nodeRefs: row.nodes, length: row.relationships.length, relationships: row.relationships.map(toRelationship) };
}

@Resolver()
export class GraphQueryResolver {
  @Query(() => Path, {
    nullable: true,
    description:
      'A shortest path between two nodes of any type (fewest relationships), ignoring direction: null when none ' +
      'exists within `maxHops`. When several paths are as short, which one is returned is unspecified; ' +
      '`allShortestPaths` lists them all in a stable order.',
  })
  async shortestPath(@Args() args: PathArgs, @Ctx() ctx: Context): Promise<Path | null> {
    const [from, to] = await resolveIds(ctx, [args.from, args.to]);
    const options = { types: typesOf(args.via), maxHops: args.maxHops, limit: 1, mode: 'one' as const };
    const [path] = await shortestPaths(ctx.store, from, to, RELATIONSHIP_TYPES, options);
    return path ? toPath(path) : null;
  }

  @Query(() => [Path], {
    description:
      'Every shortest path between two nodes of any type, ignoring direction (empty when none exists within ' +
      '`maxHops`), ordered by the ids along the path, then by relationship types. Paths through the same nodes ' +
      'over different relationships (Seoul is both a member and the host of WeGO) are different paths.',
  })
  async allShortestPaths(@Args() args: AllShortestPathsArgs, @Ctx() ctx: Context): Promise<Path[]> {
    const [from, to] = await resolveIds(ctx, [args.from, args.to]);
    const options = { types: typesOf(args.via), maxHops: args.maxHops, limit: args.limit, mode: 'all' as const };
    return (await shortestPaths(ctx.store, from, to, RELATIONSHIP_TYPES, options)).map(toPath);
  }

  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The neighbourhood of a node: the nodes within `depth` hops (ignoring direction), nearest first, and every ' +
      'relationship among them, ready to draw. Capped at `limit` nodes, with `truncated` set when cut.',
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: Context): Promise<Subgraph> {
    const [centre] = await resolveIds(ctx, [args.id]);
    const row = await neighborhood(ctx.store, centre, { types: typesOf(args.via), depth: args.depth, limit: args.limit });
    return { nodeRefs: row.nodes, relationships: row.relationships.map(toRelationship), truncated: row.truncated };
  }

  @Query(() => [CoMembership], {
    description:
      'The co-membership network: every pair of cities that are members of the same organizations (each pair ' +
      'once), with the organizations they share; strongest first (most shared), then by the names of the two cities. ' +
      `Refused (BAD_USER_INPUT) when the organizations' members make more than ${MAX_CO_MEMBERSHIP_PAIRS.toLocaleString('en')} ` +
      'pairs to compare: then choose a category, or compare chosen cities with `organizationOverlap`.',
  })
  async coMembershipNetwork(@Args() args: CoMembershipArgs, @Ctx() ctx: Context): Promise<CoMembership[]> {
    const pairs = await countCoMembershipPairs(ctx.store, args.category ?? null);
    if (pairs > MAX_CO_MEMBERSHIP_PAIRS) {
      throw badInput(
        `The co-membership network of ${args.category ? `${args.category} organizations` : 'every organization'} would compare ` +
          `${pairs.toLocaleString('en')} pairs of member cities, above the cap of ${MAX_CO_MEMBERSHIP_PAIRS.toLocaleString('en')}: ` +
          'choose a category, or compare chosen cities with organizationOverlap',
        'category',
      );
    }
    const rows = await coMembershipNetwork(ctx.store, { category: args.category ?? null, minShared: args.minShared, limit: args.limit });
    return rows.map((row) => ({ cityAId: row.cityA, cityBId: row.cityB, organizationIds: row.organizations, sharedCount: row.sharedCount }));
  }

  @Query(() => OverlapMatrix, {
    nullable: true,
    description:
      'How many organizations each pair of the given cities shares, as a matrix in the order given; the diagonal is ' +
      "each city's own number of memberships.",
  })
  async organizationOverlap(@Args() args: OverlapArgs, @Ctx() ctx: Context): Promise<OverlapMatrix> {
    const repeated = args.cityIds.find((id, i) => args.cityIds.indexOf(id) !== i);
    if (repeated !== undefined) throw badInput(`cityIds lists "${repeated}" more than once`, 'cityIds');
    const cities = await Promise.all(args.cityIds.map((id) => ctx.loaders.city.load(id)));
    const missing = args.cityIds.find((_id, i) => cities[i] === null);
    if (missing !== undefined) throw notFound('City', missing);
    const memberships = await Promise.all(args.cityIds.map((id) => ctx.loaders.membershipsOfCity.load(id)));
    let inCategory = (_organizationId: string) => true;
    if (args.category) {
      const ids = [...new Set(memberships.flat().map((m) => m.organizationId))];
      const organizations = await Promise.all(ids.map((id) => ctx.loaders.organization.load(id)));
      const chosen = new Set(organizations.filter((o) => o?.category === args.category).map((o) => o!.id));
      inCategory = (id) => chosen.has(id);
    }
    const sets = memberships.map((list) => new Set(list.map((m) => m.organizationId).filter(inCategory)));
    const counts = sets.map((a) => sets.map((b) => [...a].filter((id) => b.has(id)).length));
    return { cityIds: args.cityIds, counts };
  }
}

const loadNodes = (ctx: Context, refs: NodeRef[]) => Promise.all(refs.map((ref) => loadNode(ctx, ref)));

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [GraphNode], { description: 'The nodes along the path, from `from` to `to`.' })
  nodes(@Root() path: Path, @Ctx() ctx: Context): Promise<TaggedNode[]> {
    return loadNodes(ctx, path.nodeRefs);
  }
}

@Resolver(() => Subgraph)
export class SubgraphResolver {
  @FieldResolver(() => [GraphNode], { description: 'The nodes: the centre first, then by distance from it, then by id.' })
  nodes(@Root() subgraph: Subgraph, @Ctx() ctx: Context): Promise<TaggedNode[]> {
    return loadNodes(ctx, subgraph.nodeRefs);
  }
}

/** A related city or organization that must exist (a missing one means the graph changed mid-request). */
async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw new Error(`${what} does not exist`);
  return found;
}

@Resolver(() => CoMembership)
export class CoMembershipResolver {
  @FieldResolver(() => City, { description: 'One city of the pair: the first by name (then id).' })
  cityA(@Root() link: CoMembership, @Ctx() ctx: Context): Promise<City> {
    return required(ctx.loaders.city.load(link.cityAId), `city ${link.cityAId}`);
  }

  @FieldResolver(() => City, { description: 'The other city of the pair.' })
  cityB(@Root() link: CoMembership, @Ctx() ctx: Context): Promise<City> {
    return required(ctx.loaders.city.load(link.cityBId), `city ${link.cityBId}`);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations both cities are members of, by name.' })
  async organizations(@Root() link: CoMembership, @Ctx() ctx: Context): Promise<Organization[]> {
    const organizations = await Promise.all(link.organizationIds.map((id) => required(ctx.loaders.organization.load(id), `organization ${id}`)));
    return organizations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

@Resolver(() => OverlapMatrix)
export class OverlapMatrixResolver {
  @FieldResolver(() => [City], { description: 'The cities compared, in the order given: the rows and columns of `counts`.' })
  cities(@Root() matrix: OverlapMatrix, @Ctx() ctx: Context): Promise<City[]> {
    return Promise.all(matrix.cityIds.map((id) => required(ctx.loaders.city.load(id), `city ${id}`)));
  }
}

// The GraphNode fields of the four node types: their labels, and the id of a nation (its code).
const LABELS_DESCRIPTION = 'The labels of the node in the graph: its type name.';
const labelsOf = (label: NodeLabel) => [label];

@Resolver(() => City)
export class CityNodeResolver {
  @FieldResolver(() => [String], { description: `${LABELS_DESCRIPTION} Always ["City"].` })
  labels(): string[] {
    return labelsOf('City');
  }
}

@Resolver(() => Nation)
export class NationNodeResolver {
  @FieldResolver(() => ID, { description: 'The same as `code`: nations are addressed by their ISO code wherever the API takes a node id (paths, neighbourhoods).' })
  id(@Root() nation: Nation): string {
    return nation.code;
  }

  @FieldResolver(() => [String], { description: `${LABELS_DESCRIPTION} Always ["Nation"].` })
  labels(): string[] {
    return labelsOf('Nation');
  }
}

@Resolver(() => Organization)
export class OrganizationNodeResolver {
  @FieldResolver(() => [String], { description: `${LABELS_DESCRIPTION} Always ["Organization"].` })
  labels(): string[] {
    return labelsOf('Organization');
  }
}

@Resolver(() => Official)
export class OfficialNodeResolver {
  @FieldResolver(() => [String], { description: `${LABELS_DESCRIPTION} Always ["Official"].` })
  labels(): string[] {
    return labelsOf('Official');
  }
}
