// Whole-graph queries: shortest paths, neighbourhoods, the co-membership network and organization overlap; and the
// GraphNode fields of the four node types. Nodes are resolved through the per-request DataLoaders (one batched
// query per node type, whatever the number of paths or nodes).
import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { NodeRef, RelationshipRecord } from '../../model/records';
import { MAX_CO_MEMBERSHIP_PAIRS } from '../../services/traversals';
import type { PathRecord } from '../../store/repositories';
import type { Context } from '../context';
import type { NodeLabel, PartnerTier } from '../enums';
import { AllShortestPathsArgs, CoMembershipArgs, NeighborhoodArgs, OverlapArgs, PathArgs } from '../graph-args';
import { asGraphNode, GraphNode, type TaggedNode } from '../graph-node';
import { CoMembership, GraphRelationship, OverlapMatrix, Path, RelationshipProperties, Subgraph } from '../graph-types';
import { City, Nation, Official, Organization } from '../types';

/** Loads the entity a node reference names, through the DataLoader of its type, tagged for GraphNode. */
async function loadNode(ctx: Context, ref: NodeRef): Promise<TaggedNode> {
  const own = { City: ctx.loaders.city, Nation: ctx.loaders.nation, Organization: ctx.loaders.organization, Official: ctx.loaders.official } as Record<string, { load(id: string): Promise<object | null> }>;
  const loader = own[ref.label] ?? ctx.loaders.byLabel(ref.label);
  const entity: object | null = await loader.load(ref.id);
  if (entity === null) throw new Error(`${ref.label} "${ref.id}" was found by a traversal but not by its loader`);
  return asGraphNode(ref.label, entity);
}

const optional = <T>(value: unknown, map: (v: unknown) => T = (v) => v as T): T | null => (value === null || value === undefined ? null : map(value));

function toRelationship(record: RelationshipRecord): GraphRelationship {
  const p = record.properties;
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
  return { ...record, properties };
}

function toPath(record: PathRecord): Path {
  return { nodeRefs: record.nodes, length: record.relationships.length, relationships: record.relationships.map(toRelationship) };
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
    const [path] = await ctx.services.traversals.shortestPaths(args.from, args.to, { via: args.via, maxHops: args.maxHops, limit: 1, mode: 'one' });
    return path ? toPath(path) : null;
  }

  @Query(() => [Path], {
    description:
      'Every shortest path between two nodes of any type, ignoring direction (empty when none exists within ' +
      '`maxHops`), ordered by the ids along the path, then by relationship types. Paths through the same nodes ' +
      'over different relationships (Seoul is both a member and the host of WeGO) are different paths.',
  })
  async allShortestPaths(@Args() args: AllShortestPathsArgs, @Ctx() ctx: Context): Promise<Path[]> {
    const paths = await ctx.services.traversals.shortestPaths(args.from, args.to, { via: args.via, maxHops: args.maxHops, limit: args.limit, mode: 'all' });
    return paths.map(toPath);
  }

  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The neighbourhood of a node: the nodes within `depth` hops (ignoring direction), nearest first, and every ' +
      'relationship among them, ready to draw. Capped at `limit` nodes, with `truncated` set when cut.',
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: Context): Promise<Subgraph> {
    const subgraph = await ctx.services.traversals.neighborhood(args.id, { via: args.via, depth: args.depth, limit: args.limit });
    return { nodeRefs: subgraph.nodes, relationships: subgraph.relationships.map(toRelationship), truncated: subgraph.truncated };
  }

  @Query(() => [CoMembership], {
    description:
      'The co-membership network: every pair of cities that are members of the same organizations (each pair ' +
      'once), with the organizations they share; strongest first (most shared), then by the names of the two cities. ' +
      `Refused (BAD_USER_INPUT) when the organizations' members make more than ${MAX_CO_MEMBERSHIP_PAIRS.toLocaleString('en')} ` +
      'pairs to compare: then choose a category, or compare chosen cities with `organizationOverlap`.',
  })
  async coMembershipNetwork(@Args() args: CoMembershipArgs, @Ctx() ctx: Context): Promise<CoMembership[]> {
    const rows = await ctx.services.traversals.coMembershipNetwork({ category: args.category ?? null, minShared: args.minShared, limit: args.limit });
    return rows.map((row) => ({ cityAId: row.cityA, cityBId: row.cityB, organizationIds: row.organizations, sharedCount: row.sharedCount }));
  }

  @Query(() => OverlapMatrix, {
    nullable: true,
    description:
      'How many organizations each pair of the given cities shares, as a matrix in the order given; the diagonal is ' +
      "each city's own number of memberships.",
  })
  organizationOverlap(@Args() args: OverlapArgs, @Ctx() ctx: Context): Promise<OverlapMatrix> {
    return ctx.services.traversals.organizationOverlap(args.cityIds, args.category ?? null);
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
