// Relay's `node(id:)` and `nodes(ids:)`, and the `modifiedAt` DateTime of every type that carries `updatedAt`.
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { badInput } from '../../model/errors';
import { isQueryLabel } from '../../model/query';
import type { Context } from '../context';
import { asGraphNode, type TaggedNode } from '../graph-node';
import { Node } from '../node';
import { City, Hosting, Meeting, Membership, Nation, Office, OfficeHolding, Official, Organization, Partnership } from '../types';

/** How many ids one `nodes` request may name. */
export const MAX_NODE_IDS = 100;

async function load(ctx: Context, id: string): Promise<TaggedNode | null> {
  const label = await ctx.loaders.nodeLabel.load(id);
  if (!label) return null;
  // The network's labels through their own loaders (shared with nested fields); the report's through the per-label one.
  const loader = isQueryLabel(label)
    ? { City: ctx.loaders.city, Nation: ctx.loaders.nation, Organization: ctx.loaders.organization, Official: ctx.loaders.official }[label]
    : ctx.loaders.byLabel(label);
  const entity: object | null = await loader.load(id);
  return entity ? asGraphNode(label, entity) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id ("seoul", "wego", "KR", "kyong-yul-lee"), or null when none has it.' })
  node(@Arg('id', () => ID, { description: 'A global id, as `Node.id` gives it.' }) id: string, @Ctx() ctx: Context): Promise<TaggedNode | null> {
    return load(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Nodes by global id, in the order asked, null where none has the id (at most ${MAX_NODE_IDS} ids).` })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[], @Ctx() ctx: Context): Promise<(TaggedNode | null)[]> {
    if (ids.length > MAX_NODE_IDS) throw badInput(`nodes takes at most ${MAX_NODE_IDS} ids, got ${ids.length}`, 'ids');
    return Promise.all(ids.map((id) => load(ctx, id)));
  }
}

/** `modifiedAt: DateTime` beside the deprecated `updatedAt: String` of a type. */
function modifiedAtResolver(Type: ClassType) {
  @Resolver(() => Type)
  class ModifiedAt {
    @FieldResolver(() => GraphQLDateTime, { nullable: true, description: 'When this was last written through the API or an import, or null when it comes unchanged from the seed.' })
    modifiedAt(@Root() record: { updatedAt?: string | null }): Date | null {
      return record.updatedAt ? new Date(record.updatedAt) : null;
    }
  }
  return ModifiedAt;
}

export const MODIFIED_AT_RESOLVERS = [City, Nation, Organization, Official, Partnership, Membership, Hosting, Office, OfficeHolding, Meeting].map(modifiedAtResolver);
