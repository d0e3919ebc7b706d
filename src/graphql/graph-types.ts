// Object types for whole-graph questions: paths, neighbourhoods (subgraphs), and the co-membership network.
// Nodes and cities in them are resolved by the resolvers through the per-request DataLoaders; the classes carry ids.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NodeRef } from '../model/records';
import { City } from './types';
import { PartnerTier, RelationshipType } from './enums';

@ObjectType({
  description:
    'The properties of a relationship. Which ones are set depends on its type (each field says for which); the ' +
    'others are null. Typed fields rather than a JSON object, so that every property is documented and typed here.',
})
export class RelationshipProperties {
  @Field(() => PartnerTier, { nullable: true, description: 'SISTER_OF: sister or friendship city.' })
  tier!: PartnerTier | null;

  @Field(() => Int, { nullable: true, description: 'SISTER_OF: year the agreement was signed; MEMBER_OF: year the city joined. Only when the sources state it.' })
  since!: number | null;

  @Field(() => String, { nullable: true, description: 'MEMBER_OF: the role the city holds in the organization, e.g. "Vice Chair".' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'HOSTS: the kind of office, e.g. "Headquarters", "Latin America Regional Office".' })
  office!: string | null;

  @Field(() => String, { nullable: true, description: 'MET_WITH: when the officials met, "YYYY-MM-DD" or "YYYY-MM".' })
  on!: string | null;

  @Field(() => [String], { nullable: true, description: 'MET_WITH: what was discussed, as the source reports it.' })
  topics!: string[] | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_OFFICE: title of the office, e.g. "Mayor", "Secretary General".' })
  title!: string | null;

  @Field({
    description:
      'Every type: the document this relationship comes from (the id of a seed document, see the `sources` query). ' +
      'Not to be confused with `GraphRelationship.source`, the node it starts from.',
  })
  source!: string;
}

@ObjectType({ description: 'A relationship between two nodes, as paths and subgraphs list it.' })
export class GraphRelationship {
  @Field(() => RelationshipType, { description: 'What kind of relationship this is.' })
  type!: RelationshipType;

  @Field(() => ID, {
    description:
      'Id of the node the relationship is stored from (a node id, as `GraphNode.id`). For undirected types ' +
      '(`directed: false`) the order of `source` and `target` carries no meaning.',
  })
  source!: string;

  @Field(() => ID, { description: 'Id of the node the relationship is stored to (a node id, as `GraphNode.id`).' })
  target!: string;

  @Field({
    description:
      'Whether the direction means something: false for partnerships (SISTER_OF) and meetings (MET_WITH), which are ' +
      'symmetric; true for the others (a city is a member of an organization, not the reverse). Traversals ignore it.',
  })
  directed!: boolean;

  @Field(() => RelationshipProperties, { description: 'The properties of the relationship (which ones depends on its type).' })
  properties!: RelationshipProperties;
}

@ObjectType({
  description:
    'A path through the graph: `nodes[i]` and `nodes[i + 1]` are joined by `relationships[i]`, in either of its ' +
    'directions. A path from a node to itself has length 0 and that one node.',
})
export class Path {
  nodeRefs!: NodeRef[];

  @Field(() => Int, { description: 'Number of relationships (hops) along the path.' })
  length!: number;

  @Field(() => [GraphRelationship], { description: 'The relationships along the path, from the first node to the last.' })
  relationships!: GraphRelationship[];
}

@ObjectType({
  description:
    'A part of the graph, shaped for visualisation: some nodes and every relationship among them (of the types ' +
    'asked for), each once.',
})
export class Subgraph {
  nodeRefs!: NodeRef[];

  @Field(() => [GraphRelationship], { description: 'Every relationship of the types asked for whose two ends are both in `nodes`, ordered by type, source and target.' })
  relationships!: GraphRelationship[];

  @Field({ description: 'True when more nodes were in reach than the limit allowed, so the farthest were left out (with their relationships).' })
  truncated!: boolean;
}

@ObjectType({
  description:
    'Two cities that are members of the same international organizations: a link of the co-membership network ' +
    '(the city–city projection of membership), weighted by how many organizations they share.',
})
export class CoMembership {
  cityAId!: string;
  cityBId!: string;
  organizationIds!: string[];

  @Field(() => Int, { description: 'How many organizations the two cities share (the length of `organizations`).' })
  sharedCount!: number;
}

@ObjectType({
  description:
    'Shared-organization counts among a list of cities: `counts[i][j]` is how many organizations `cities[i]` and ' +
    '`cities[j]` are both members of, and `counts[i][i]` how many `cities[i]` is a member of.',
})
export class OverlapMatrix {
  @Field(() => [City], { description: 'The cities compared, in the order given: the rows and columns of `counts`.' })
  cities!: City[];

  @Field(() => [[Int]], { description: 'The symmetric matrix of shared-organization counts, rows and columns in the order of `cities`.' })
  counts!: number[][];
}
