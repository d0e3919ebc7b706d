// Arguments of the whole-graph queries (paths, neighbourhoods, co-membership), with their caps. Validated by
// class-validator before any resolver runs: a value out of range is BAD_USER_INPUT naming the limit.
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_CO_MEMBERSHIPS, MAX_DEPTH, MAX_HOPS_CAP, MAX_OVERLAP_CITIES, MAX_PATHS, MAX_SUBGRAPH_NODES } from '../services/traversals';
import { OrganizationCategory, RelationshipType } from './enums';

const NODE_ID =
  'a city, organization or official id (e.g. "seoul", "wego", "kyong-yul-lee") or a nation\'s ISO 3166-1 alpha-2 code (e.g. "KR")';
const VIA =
  'Only follow relationships of these types (in either direction); every type when omitted. At least one type.';
const ORGANIZATION_CATEGORY = 'Only organizations of this category; every organization when omitted.';

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: `Where the path starts: ${NODE_ID}.` })
  from!: string;

  @Field(() => ID, { description: `Where the path ends: ${NODE_ID}.` })
  to!: string;

  @Field(() => [RelationshipType], { nullable: true, description: VIA })
  @IsOptional()
  @ArrayMinSize(1, { message: 'via must list at least one relationship type (omit it to follow every type)' })
  via?: RelationshipType[] | null;

  @Field(() => Int, { defaultValue: 6, description: `The longest path to accept, in hops: 1 to ${MAX_HOPS_CAP}.` })
  @Min(1, { message: 'maxHops must be at least 1' })
  @Max(MAX_HOPS_CAP, { message: `maxHops must be at most ${MAX_HOPS_CAP}` })
  maxHops: number = 6;
}

@ArgsType()
export class AllShortestPathsArgs extends PathArgs {
  @Field(() => Int, { defaultValue: 100, description: `At most this many paths (the first in order): 1 to ${MAX_PATHS}.` })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_PATHS, { message: `limit must be at most ${MAX_PATHS}` })
  limit: number = 100;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: `The node at the centre: ${NODE_ID}.` })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many hops from the centre to include: 1 to ${MAX_DEPTH}.` })
  @Min(1, { message: 'depth must be at least 1' })
  @Max(MAX_DEPTH, { message: `depth must be at most ${MAX_DEPTH}` })
  depth: number = 1;

  @Field(() => [RelationshipType], { nullable: true, description: VIA })
  @IsOptional()
  @ArrayMinSize(1, { message: 'via must list at least one relationship type (omit it to follow every type)' })
  via?: RelationshipType[] | null;

  @Field(() => Int, {
    defaultValue: 200,
    description: `At most this many nodes, the centre included: 1 to ${MAX_SUBGRAPH_NODES}. Nearer nodes are kept first; \`truncated\` says whether any were left out.`,
  })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_SUBGRAPH_NODES, { message: `limit must be at most ${MAX_SUBGRAPH_NODES}` })
  limit: number = 200;
}

@ArgsType()
export class CoMembershipArgs {
  @Field(() => OrganizationCategory, { nullable: true, description: ORGANIZATION_CATEGORY })
  category?: OrganizationCategory | null;

  @Field(() => Int, { defaultValue: 1, description: 'Only pairs sharing at least this many organizations (1 or more).' })
  @Min(1, { message: 'minShared must be at least 1' })
  minShared: number = 1;

  @Field(() => Int, { defaultValue: 500, description: `At most this many pairs, the strongest first: 1 to ${MAX_CO_MEMBERSHIPS}.` })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_CO_MEMBERSHIPS, { message: `limit must be at most ${MAX_CO_MEMBERSHIPS}` })
  limit: number = 500;
}

@ArgsType()
export class OverlapArgs {
  @Field(() => [ID], { description: `The cities to compare (city ids, e.g. ["seoul", "berlin"]), each once: at most ${MAX_OVERLAP_CITIES}.` })
  @ArrayMaxSize(MAX_OVERLAP_CITIES, { message: `cityIds must list at most ${MAX_OVERLAP_CITIES} cities` })
  cityIds!: string[];

  @Field(() => OrganizationCategory, { nullable: true, description: ORGANIZATION_CATEGORY })
  category?: OrganizationCategory | null;
}
