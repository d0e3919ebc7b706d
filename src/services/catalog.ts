// Paginated lists of one entity, filtered and ordered by name then key. Pages are keyset positions (the sort key and
// key of the last item), so a page neither repeats nor skips items when others are inserted between requests.
import { badInput } from '../model/errors';
import type { KeysetPosition } from '../store/repositories';
import type { NodeRepository } from '../store/repositories/nodes';

export interface Page<T> {
  items: T[];
  /** The opaque cursor of each item, in order. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** How many items match the filters in all pages (a query of its own, run only when called). */
  totalCount(): Promise<number>;
}

export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): KeysetPosition {
  if (cursor === null || cursor === undefined) return { afterName: null, afterId: null };
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { afterName: value[0], afterId: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${cursor}" is not a valid cursor: pass the endCursor of a previous page`, 'after');
}

/** One page of `first` items after the cursor `after` (one extra row is fetched to learn whether more follow). */
export async function page<T extends { name: string }, F extends object>(
  repository: NodeRepository<T, F>,
  filters: F,
  args: { first: number; after?: string | null },
): Promise<Page<T>> {
  const position = decodeCursor(args.after);
  const rows = await repository.list(filters, position, args.first + 1);
  const items = rows.slice(0, args.first);
  return {
    items,
    cursors: items.map((item) => encodeCursor(item.name, repository.keyOf(item))),
    hasNextPage: rows.length > args.first,
    hasPreviousPage: position.afterId !== null,
    totalCount: () => repository.count(filters),
  };
}
