// Arguments and object types of the network-analysis queries (metrics and communities).
import { ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeLabel, RelationshipType } from './enums';

export const MAX_TOP = 100;

const VIA_DESCRIPTION =
  'Which relationship types make the network (all of them when omitted). The metrics treat it as an undirected ' +
  'simple graph: two nodes are adjacent when any of these relationships links them, either way; its nodes are ' +
  "the ends of those relationships. That is NetworkX's `nx.Graph` of the same edges.";

@ArgsType()
export class NetworkArgs {
  @Field(() => [RelationshipType], { nullable: true, description: VIA_DESCRIPTION })
  @IsOptional()
  @ArrayMinSize(1, { message: 'via must name at least one relationship type (omit it for all of them)' })
  via?: RelationshipType[] | null;

  @Field(() => NodeLabel, {
    nullable: true,
    description: 'Only list nodes with this label (e.g. CITY for "top cities"); the metrics are still those of the whole network.',
  })
  label?: NodeLabel | null;
}

@ArgsType()
export class NetworkMetricsArgs extends NetworkArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many nodes each ranking lists: 1 to ${MAX_TOP}.` })
  @Min(1, { message: 'top must be at least 1' })
  @Max(MAX_TOP, { message: `top must be at most ${MAX_TOP} (the cap on ranking length)` })
  top: number = 20;
}

@ObjectType({ description: 'A node of the network, by id, label and name.' })
export class NetworkNode {
  @Field(() => ID, { description: 'The node id: a city, organization or official id, or a nation code.' })
  id!: string;

  @Field(() => NodeLabel, { description: 'What kind of node it is.' })
  label!: NodeLabel;

  @Field({ description: 'Its name.' })
  name!: string;
}

@ObjectType({ description: "A node's scores in the network, each as NetworkX computes it on the same graph." })
export class NodeCentrality extends NetworkNode {
  @Field(() => Int, { description: 'How many distinct nodes it is linked to (by relationships of the chosen types).' })
  degree!: number;

  @Field(() => Float, { description: 'Degree divided by (number of nodes − 1): `nx.degree_centrality`.' })
  degreeCentrality!: number;

  @Field(() => Float, {
    description:
      'Share of shortest paths between other pairs that pass through the node, normalized by (n−1)(n−2)/2 pairs: ' +
      '`nx.betweenness_centrality` (unweighted, exact). High for brokers between otherwise distant parts of the network.',
  })
  betweenness!: number;

  @Field(() => Float, {
    description:
      'Reciprocal of the mean distance to the nodes it can reach, scaled by the share of the network it can reach ' +
      '(Wasserman and Faust): `nx.closeness_centrality`.',
  })
  closeness!: number;

  @Field(() => Float, { description: 'PageRank with damping 0.85 (tolerance 1e-10): `nx.pagerank`. The scores sum to 1.' })
  pageRank!: number;
}

@ObjectType({ description: 'Who is central in the network: the nodes ranked by four centrality measures.' })
export class NetworkMetrics {
  @Field(() => [RelationshipType], { description: 'The relationship types the network was built from.' })
  via!: RelationshipType[];

  @Field(() => Int, {
    description: "The graph version the metrics were computed at; it moves when the graph is written to, and the metrics are then recomputed.",
  })
  graphVersion!: number;

  @Field(() => Int, { description: 'Nodes in the network (the ends of the chosen relationships).' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges in the network: linked pairs of nodes, each counted once.' })
  edgeCount!: number;

  @Field(() => [NodeCentrality], { description: 'The best-connected nodes, by degree centrality (highest first; scores equal to 12 significant digits rank by id).' })
  byDegree!: NodeCentrality[];

  @Field(() => [NodeCentrality], { description: 'The brokers, by betweenness centrality (highest first; scores equal to 12 significant digits rank by id).' })
  byBetweenness!: NodeCentrality[];

  @Field(() => [NodeCentrality], { description: 'The nodes closest to all others, by closeness centrality (highest first; scores equal to 12 significant digits rank by id).' })
  byCloseness!: NodeCentrality[];

  @Field(() => [NodeCentrality], { description: 'The most influential nodes, by PageRank (highest first; scores equal to 12 significant digits rank by id).' })
  byPageRank!: NodeCentrality[];
}


@ObjectType({ description: 'A group of nodes more densely linked to each other than to the rest of the network.' })
export class Community {
  @Field(() => Int, { description: 'Position of the community, from 0: largest first, ties by smallest member id.' })
  id!: number;

  @Field(() => Int, { description: 'How many nodes the community has (all labels, whatever `label` filters).' })
  size!: number;

  @Field(() => [NetworkNode], { description: 'Its members, by id (only those with `label`, when given).' })
  members!: NetworkNode[];
}

@ObjectType({ description: 'The network divided into communities by the Louvain method (fixed random seed: the same graph always gives the same division).' })
export class Communities {
  @Field(() => [RelationshipType], { description: 'The relationship types the network was built from.' })
  via!: RelationshipType[];

  @Field(() => Int, { description: 'The graph version the communities were computed at.' })
  graphVersion!: number;

  @Field(() => Int, { description: 'Nodes in the network (the ends of the chosen relationships).' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges in the network: linked pairs of nodes, each counted once.' })
  edgeCount!: number;

  @Field(() => Float, {
    description: "Newman's modularity of the division (−0.5 to 1; higher is a clearer division): `nx.community.modularity`.",
  })
  modularity!: number;

  @Field(() => [Community], { description: 'The communities, largest first.' })
  communities!: Community[];
}
