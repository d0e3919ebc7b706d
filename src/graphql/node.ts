// The Relay `Node` interface: every object with a global id (cities, nations, organizations, officials), fetched by
// `node(id:)`. A global id is the node's own key: a city, organization or official slug ("seoul", "wego"), a nation's
// ISO code ("KR"). Keys never change (writes upsert by key) and are unique across types (the writes refuse an id
// another type holds; slugs are lower case, codes upper case), so the id every other argument takes is also the
// Relay id, stable for good.
import { Field, ID, InterfaceType } from 'type-graphql';
import { NODE_LABEL, type TaggedNode } from './graph-node';

@InterfaceType({
  description:
    'An object with a global id (Relay\'s Node interface): refetch any of them with `node(id:)`. The id is the node\'s ' +
    'own key, unique across types: a lowercase slug for cities, organizations and officials, an ISO code for nations.',
  resolveType: (value: Partial<TaggedNode>) => value[NODE_LABEL],
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id: unique across every type, and stable (it is the key the graph stores).' })
  id!: string;
}
