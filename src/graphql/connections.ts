// Output types of the query language, generated from the query model: tallies and aggregates, and for each relation
// (a city's partners, an organization's members, …) a Relay connection whose edges carry the related node and the
// relationship's properties, as @neo4j/graphql 7 does (`partnersConnection { edges { node properties } }`).
import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { RELATIONSHIPS, type RelType } from '../model/graph';
import { QUERY_LABELS, RELATIONS, type QueryLabel, type Relation } from '../model/query';
import { MAX_PAGE_SIZE } from '../services/search';
import { PartnerTier } from './enums';
import { PageInfo } from './pagination';
import { CONNECTION_SORT, CONNECTION_WHERE, NODE_DIMENSION_ENUMS, RELATION_DIMENSION_ENUMS, relationName, typeName } from './query-inputs';
import { City, Nation, Official, Organization } from './types';

export const NODE_CLASSES: Record<QueryLabel, ClassType> = { City, Nation, Organization, Official };

@ObjectType({ description: 'How many items have one value of a dimension (a nation code, a kind, a tier, a category).' })
export class Tally {
  @Field(() => String, { nullable: true, description: 'The value (a nation code, an enum value); null counts the items without one.' })
  value!: string | null;

  @Field(() => Int, { description: 'How many items have it.' })
  count!: number;
}

/** What an aggregate object is built from: its count and its tallies, both computed only when asked. */
export interface AggregateSource {
  counter: () => Promise<number>;
  tallier: (dimension: string) => Promise<Tally[]>;
}

/** `<Name>Aggregate { count countBy(field:) }` (no countBy when there is nothing to group by). */
function aggregateType(name: string, dimensions: object | undefined, what: string): ClassType<AggregateSource> {
  @ObjectType(`${name}Aggregate`, { description: `Counts over every ${what} the filter matches (all pages).` })
  class Aggregate implements AggregateSource {
    counter!: () => Promise<number>;
    tallier!: (dimension: string) => Promise<Tally[]>;

    @Field(() => Int, { description: `How many ${what} items match.` })
    count(): Promise<number> {
      return this.counter();
    }
  }
  if (dimensions) {
    const countBy = function (this: Aggregate, dimension: string) {
      return this.tallier(dimension);
    };
    Object.defineProperty(Aggregate.prototype, 'countBy', { value: countBy, writable: true });
    Arg('field', () => dimensions, { description: 'The dimension to group by.' })(Aggregate.prototype, 'countBy', 0);
    Field(() => [Tally], { description: `The matching ${what} items counted by one dimension: most first, then by value.` })(Aggregate.prototype, 'countBy', Object.getOwnPropertyDescriptor(Aggregate.prototype, 'countBy')!);
  }
  return Aggregate;
}

export const NODE_AGGREGATES: Record<QueryLabel, ClassType<AggregateSource>> = Object.fromEntries(
  QUERY_LABELS.map((l) => [l, aggregateType(l, NODE_DIMENSION_ENUMS[l], l.toLowerCase())]),
) as Record<QueryLabel, ClassType<AggregateSource>>;

export const toAggregate = (Class: ClassType<AggregateSource>, source: AggregateSource) => Object.assign(new Class(), source);

// ---- relation connections -------------------------------------------------------------------------------------------

/** `<Type>Properties`: the properties of one relationship type, as stored, with `modifiedAt` as a DateTime. */
function propertiesType(t: RelType): ClassType {
  const Type = { [`${typeName(t)}Properties`]: class {} }[`${typeName(t)}Properties`];
  ObjectType(`${typeName(t)}Properties`, { description: `The properties of a ${t} relationship: ${RELATIONSHIPS[t].description}.` })(Type);
  for (const p of RELATIONSHIPS[t].properties) {
    const type = p.rule.kind === 'enum' && p.rule.name === 'PartnerTier' ? PartnerTier : p.type === 'int' ? Int : p.type === 'stringList' ? [String] : String;
    Field(() => type, { nullable: !p.required || p.type === 'stringList', description: `${p.description[0].toUpperCase()}${p.description.slice(1)}.` })(Type.prototype, p.name);
  }
  Field(() => GraphQLDateTime, { nullable: true, description: 'When the relationship was last written through the API or an import; null for seeded data.' })(Type.prototype, 'modifiedAt');
  return Type;
}

const PROPERTIES = new Map<RelType, ClassType>();

export interface RelationTypes {
  connection: ClassType;
  edge: ClassType;
  aggregate: ClassType<AggregateSource>;
  args: ClassType;
}

function relationTypes(r: Relation): RelationTypes {
  const name = relationName(r);
  if (!PROPERTIES.has(r.type)) PROPERTIES.set(r.type, propertiesType(r.type));
  const properties = PROPERTIES.get(r.type)!;
  const node = NODE_CLASSES[r.target];
  const aggregate = aggregateType(name, RELATION_DIMENSION_ENUMS.get(r), `${r.description}`);

  @ObjectType(`${name}Edge`, { description: `One of ${r.description}: the related ${r.target.toLowerCase()} and the ${r.type} relationship.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge: pass it as `after` (or `before`) to continue from it.' })
    cursor!: string;

    @Field(() => node, { description: `The related ${r.target.toLowerCase()}.` })
    node!: object;

    @Field(() => properties, { description: `The properties of the ${r.type} relationship.` })
    properties!: object;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${r.description} (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The edges of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    totalCountLoader!: () => Promise<number>;
    aggregateSource!: AggregateSource;

    @Field(() => Int, { description: 'How many match the filter in all pages (computed only when asked).' })
    totalCount(): Promise<number> {
      return this.totalCountLoader();
    }

    @Field(() => aggregate, { description: 'Counts over all pages, grouped as asked (computed only when asked).' })
    aggregate(): AggregateSource {
      return toAggregate(aggregate, this.aggregateSource);
    }
  }

  @ArgsType()
  class Args {
    @Field(() => CONNECTION_WHERE.get(r)!, { nullable: true, description: `Which of ${r.description} to return: conditions on the node and on the relationship.` })
    where?: object | null;

    @Field(() => [CONNECTION_SORT.get(r)!], { nullable: true, description: 'The order, by node or relationship fields (by the node name when omitted).' })
    sort?: object[] | null;

    @Field(() => Int, { nullable: true, description: `How many to return from the start (after \`after\`): 1 to ${MAX_PAGE_SIZE}; 20 when neither first nor last is given.` })
    @IsOptional()
    @Min(1, { message: 'first must be at least 1' })
    @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'Continue after this cursor (the `endCursor` of the previous page).' })
    after?: string | null;

    @Field(() => Int, { nullable: true, description: `How many to return from the end (before \`before\`): 1 to ${MAX_PAGE_SIZE}.` })
    @IsOptional()
    @Min(1, { message: 'last must be at least 1' })
    @Max(MAX_PAGE_SIZE, { message: `last must be at most ${MAX_PAGE_SIZE}` })
    last?: number | null;

    @Field(() => String, { nullable: true, description: 'Continue before this cursor (the `startCursor` of the following page).' })
    before?: string | null;
  }
  Object.defineProperty(Args, 'name', { value: `${name}ConnectionArgs` });

  return { connection: Connection, edge: Edge, aggregate, args: Args };
}

/** The connection types of every relation that is a list (a city's nation is a single node, not a connection). */
export const RELATION_TYPES = new Map<Relation, RelationTypes>(
  QUERY_LABELS.flatMap((l) => RELATIONS[l].filter((r) => !r.single).map((r) => [r, relationTypes(r)] as [Relation, RelationTypes])),
);
