// The GraphNode interface: what every node of the graph (city, nation, organization, official) answers, so paths
// and neighbourhoods can list nodes of mixed types and clients pick type-specific fields with inline fragments.
import { Field, ID, InterfaceType } from 'type-graphql';
import type { Label as NodeLabel } from '../model/graph';

/**
 * The type of a node value returned through a GraphNode field. Entities come from the DataLoaders as plain
 * objects, which do not say what they are; `asGraphNode` copies one and tags it.
 */
export const NODE_LABEL = Symbol('GraphNode label');

export type TaggedNode<T extends object = object> = T & { [NODE_LABEL]: NodeLabel };

export function asGraphNode<T extends object>(label: NodeLabel, entity: T): TaggedNode<T> {
  return { ...entity, [NODE_LABEL]: label };
}

@InterfaceType({
  description:
    'A node of the graph: a City, Nation, Organization or Official. Paths and neighbourhoods return nodes of ' +
    'every type; ask for type-specific fields with inline fragments (`... on City { kind }`). Every node has one ' +
    'id, unique across types: the `id` of a city, organization or official, the ISO code of a nation.',
  // GraphQL type names are the node labels.
  resolveType: (value: Partial<TaggedNode>) => value[NODE_LABEL],
})
export abstract class GraphNode {
  @Field(() => ID, {
    description:
      'The node\'s id, as every argument naming a node takes it: a city, organization or official id ("seoul", ' +
      '"wego", "kyong-yul-lee") or a nation\'s ISO 3166-1 alpha-2 code ("KR").',
  })
  id!: string;

  @Field({ description: 'Name of the node, as the sources spell it (for officials the sources do not name, their post).' })
  name!: string;

  @Field(() => [String], { description: 'The labels of the node in the graph, e.g. ["City"]: the same as its GraphQL type name.' })
  labels!: string[];
}
