// The query language's service: `where`, `sort`, forward (`first`/`after`) and backward (`last`/`before`) keyset
// pagination and tallies over the nodes of a label, or over a relation from a batch of nodes. Requests come as plain
// records; the model's parser checks them (BAD_USER_INPUT naming the part and the limit), the search repository runs
// the compiled templates. Cursors hold the sort values and key of a row, so a page boundary stays put when rows are
// inserted before it.
import { badInput } from '../model/errors';
import { KEY_PROPERTY, type Label } from '../model/graph';
import { isDefaultSort, NODE_DIMENSIONS, relationDimensions, type Dimension, type KeysetCursor, type ListQuery, type Predicate, type QueryLabel, type Relation, type SortTerm } from '../model/query';
import { parseConnectionSort, parseConnectionWhere, parseNodeSort, parseNodeWhere } from '../model/query-input';
import type { Repositories, TallyRow } from '../store/repositories';
import type { Page } from './catalog';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** What a list takes: a filter and an order (as the client wrote them), and a page. */
export interface ListArgs {
  where?: unknown;
  sort?: unknown;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** An item of a page over a relation: the related node and the relationship's properties. */
export interface RelatedItem<T> {
  node: T;
  edge: Record<string, unknown>;
}

export type Tally = TallyRow;

/** The pagination a request asks for, checked. */
interface Window {
  size: number;
  backwards: boolean;
  cursor: string | null;
}

function window(args: ListArgs): Window {
  const given = (v: unknown) => v !== undefined && v !== null;
  if (given(args.first) && given(args.last)) throw badInput('first and last cannot be combined: page forwards with first/after, backwards with last/before', 'last');
  if (given(args.after) && (given(args.last) || given(args.before))) throw badInput('after pages forwards: combine it with first, not with last or before', 'after');
  if (given(args.before) && given(args.first)) throw badInput('before pages backwards: combine it with last, not with first', 'before');
  const backwards = given(args.last) || given(args.before);
  const argument = backwards ? 'last' : 'first';
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw badInput(`${argument} must be at least 1`, argument);
  if (size > MAX_PAGE_SIZE) throw badInput(`${argument} must be at most ${MAX_PAGE_SIZE}`, argument);
  return { size, backwards, cursor: (backwards ? args.before : args.after) ?? null };
}

/** The sort a cursor was issued for; the default order (by name) writes the catalogue's own `[name, key]` cursors. */
const signature = (sort: readonly SortTerm[]) => sort.map((t) => `${t.scope}.${t.field.name}:${t.direction}`).join(',');

export function encodeCursor(sort: readonly SortTerm[], values: unknown[], key: string): string {
  const body = isDefaultSort(sort) ? [...values, key] : [signature(sort), ...values, key];
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const fitsField = (term: SortTerm, v: unknown) => v === null ? term.field.nullable : term.field.kind === 'int' ? typeof v === 'number' && Number.isSafeInteger(v) : typeof v === 'string';

export function decodeCursor(sort: readonly SortTerm[], cursor: string, argument: string): KeysetCursor {
  const fail = () => badInput(`"${cursor.slice(0, 80)}" is not a cursor of this list and order: pass a cursor the same query returned`, argument);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(body)) throw fail();
  const values = isDefaultSort(sort) ? body : body[0] === signature(sort) ? body.slice(1) : null;
  if (!values || values.length !== sort.length + 1) throw fail();
  const key = values[values.length - 1];
  if (typeof key !== 'string' || !sort.every((t, i) => fitsField(t, values[i]))) throw fail();
  return { values: values.slice(0, -1), key };
}

const sortValue = (term: SortTerm, node: Record<string, unknown>, edge: Record<string, unknown>) => (term.scope === 'edge' ? edge : node)[term.field.property] ?? null;

/** Tallies by count (most first), then by value (missing last). */
function ordered(rows: TallyRow[]): TallyRow[] {
  return [...rows].sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function dimensionOf(dimensions: readonly Dimension[], name: string, what: string): Dimension {
  const found = dimensions.find((d) => d.name === name);
  if (!found) throw badInput(`${what} cannot be counted by ${name}; use one of ${dimensions.map((d) => d.name).join(', ')}`, 'field');
  return found;
}

export class SearchService {
  constructor(private readonly repos: Repositories) {}

  /** One page of the nodes of `label`: filtered, sorted, forwards or backwards. */
  async nodes<T extends object>(label: QueryLabel, args: ListArgs): Promise<Page<T> & { where: Predicate | null }> {
    const where = parseNodeWhere(label, args.where);
    const sort = parseNodeSort(label, args.sort);
    const w = window(args);
    const query: ListQuery = { where, sort, after: w.cursor === null ? null : decodeCursor(sort, w.cursor, w.backwards ? 'before' : 'after'), backwards: w.backwards, limit: w.size + 1 };
    const keys = await this.repos.search.findNodes(label, query);
    const repository = this.repos.nodes(label);
    const found = new Map((await repository.getByKeys(keys.slice(0, w.size))).map((e) => [repository.keyOf(e), e as T]));
    const items = keys.slice(0, w.size).flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
    if (w.backwards) items.reverse();
    const key = KEY_PROPERTY[label];
    return {
      items,
      cursors: items.map((item) => { const node = item as Record<string, unknown>; return encodeCursor(sort, sort.map((t) => sortValue(t, node, {})), String(node[key])); }),
      hasNextPage: w.backwards ? w.cursor !== null : keys.length > w.size,
      hasPreviousPage: w.backwards ? keys.length > w.size : w.cursor !== null,
      totalCount: () => this.repos.search.countNodes(label, where),
      where,
    };
  }

  /** A `where` on the nodes of `label`, checked (for counts over a list a request did not page with `nodes`). */
  whereOf(label: QueryLabel, raw: unknown): Predicate | null {
    return parseNodeWhere(label, raw);
  }

  countNodes(label: QueryLabel, where: Predicate | null): Promise<number> {
    return this.repos.search.countNodes(label, where);
  }

  /** The nodes of `label` matching `where` (parsed by `nodes`), counted by a dimension of the model. */
  async countNodesBy(label: QueryLabel, where: Predicate | null, by: string): Promise<Tally[]> {
    return ordered(await this.repos.search.tallyNodes(label, where, dimensionOf(NODE_DIMENSIONS[label], by, `${label}`)));
  }

  /** Checks a connection's filter and order once for a whole batch of start nodes. */
  parseRelated(relation: Relation, args: ListArgs): { where: Predicate | null; sort: SortTerm[]; window: Window; after: KeysetCursor | null } {
    const where = parseConnectionWhere(relation, args.where);
    const sort = parseConnectionSort(relation, args.sort);
    const w = window(args);
    return { where, sort, window: w, after: w.cursor === null ? null : decodeCursor(sort, w.cursor, w.backwards ? 'before' : 'after') };
  }

  /** One page over `relation` for each start node of `keys`: one query for the pages, one for the related nodes. */
  async related<T extends object>(relation: Relation, keys: readonly string[], args: ListArgs): Promise<Map<string, Page<RelatedItem<T>>>> {
    const { where, sort, window: w, after } = this.parseRelated(relation, args);
    const pages = await this.repos.search.findRelated(relation, keys, { where, sort, after, backwards: w.backwards, limit: w.size + 1 });
    const repository = this.repos.nodes(relation.target);
    const targets = [...new Set([...pages.values()].flatMap((rows) => rows.slice(0, w.size).map((r) => r.target)))];
    const found = new Map((await repository.getByKeys(targets)).map((e) => [repository.keyOf(e), e as T]));
    const out = new Map<string, Page<RelatedItem<T>>>();
    for (const key of keys) {
      const rows = pages.get(key) ?? [];
      const items = rows.slice(0, w.size).flatMap((r) => (found.has(r.target) ? [{ node: found.get(r.target)!, edge: r.edge, target: r.target }] : []));
      if (w.backwards) items.reverse();
      out.set(key, {
        items: items.map(({ node, edge }) => ({ node, edge })),
        cursors: items.map(({ node, edge, target }) => encodeCursor(sort, sort.map((t) => sortValue(t, node as Record<string, unknown>, edge)), target)),
        hasNextPage: w.backwards ? w.cursor !== null : rows.length > w.size,
        hasPreviousPage: w.backwards ? rows.length > w.size : w.cursor !== null,
        totalCount: async () => (await this.countRelated(relation, [key], where)).get(key) ?? 0,
      });
    }
    return out;
  }

  async countRelated(relation: Relation, keys: readonly string[], where: Predicate | null): Promise<Map<string, number>> {
    return this.repos.search.countRelated(relation, keys, where);
  }

  async countRelatedBy(relation: Relation, keys: readonly string[], where: Predicate | null, by: string): Promise<Map<string, Tally[]>> {
    const dim = dimensionOf(relationDimensions(relation), by, `${relation.from}.${relation.name}`);
    const tallies = await this.repos.search.tallyRelated(relation, keys, where, dim);
    return new Map(keys.map((k) => [k, ordered(tallies.get(k) ?? [])]));
  }
}
