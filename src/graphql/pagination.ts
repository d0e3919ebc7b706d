// Relay-style cursor connections over the catalogue's keyset pages (src/services/catalog.ts).
import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../services/catalog';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return: 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (the `endCursor` of the previous page).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page (true when it was requested with `after`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of results plus a lazily computed total (only queried when a client asks for `totalCount`). */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description} items (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    totalCountLoader!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match the filters in all pages (computed only when asked).' })
    totalCount(): Promise<number> {
      return this.totalCountLoader();
    }
  }
  return ConnectionType;
}

/** A connection object for a page of the catalogue. */
export function toConnection<T, C extends object>(ConnectionClass: new () => C, page: Page<T>): C {
  const edges = page.items.map((node, i) => ({ cursor: page.cursors[i], node }));
  return Object.assign(new ConnectionClass(), {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCountLoader: page.totalCount,
  });
}
