// The node operations every entity has: lookup by key, keyset pages and counts, batch upsert, lock, delete. Each
// entity's repository configures them with its queries, parameters and columns (the only place naming them).
import type { Label } from '../../model/graph';
import type { QueryLabel } from '../../model/query';
import type { KeyOrders } from '../key-order';
import type { Params, Row } from '../port';
import type { QueryName } from '../queries';
import type { Slots } from '../registry';

/** Runs one named query (a template with its slots filled): the store itself, or a write transaction's scope. */
export type Run = (name: QueryName, params?: Params, slots?: Slots) => Promise<Row[]>;

/** A keyset position in a list ordered by name then key. */
export interface KeysetPosition {
  afterName: string | null;
  afterId: string | null;
}

/** Relationship counts by type of a locked node. */
export type RelationshipCensus = Map<string, Record<string, number>>;

export interface NodeQueries<T> {
  label: Label;
  get: QueryName;
  /** The parameter of `get` and `lock`: the list of keys. */
  keysParam: 'ids' | 'codes';
  /** The column `get` and `list` return the entity in. */
  column: string;
  lock: QueryName;
  remove: QueryName;
  /** The parameter of `remove`: one key. */
  keyParam: 'id' | 'code';
  upsert: QueryName;
  list: QueryName;
  count: QueryName;
  toEntity(row: Row): T;
  keyOf(entity: T): string;
}

export class NodeRepository<T, F extends object = object> {
  constructor(
    protected readonly run: Run,
    private readonly q: NodeQueries<T>,
    /** The default order kept per graph version (embedded engine, outside transactions), or null. */
    private readonly orders: KeyOrders | null = null,
  ) {}

  get label(): Label {
    return this.q.label;
  }

  /** The entities with these keys, in any order; keys that match nothing are absent. */
  async getByKeys(keys: readonly string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const rows = await this.run(this.q.get, { [this.q.keysParam]: [...keys] });
    return rows.map((row) => this.q.toEntity(row[this.q.column] as Row));
  }

  keyOf(entity: T): string {
    return this.q.keyOf(entity);
  }

  /** One page after `position`, ordered by name then key; `limit` rows at most. */
  async list(filters: F, position: KeysetPosition, limit: number): Promise<T[]> {
    const unfiltered = Object.values(filters).every((v) => v === null || v === undefined);
    const order = unfiltered && this.orders ? await this.orders.order(this.q.label as QueryLabel) : null;
    if (order) {
      const keys = order.page(position.afterId === null ? null : { name: position.afterName ?? '', key: position.afterId }, limit, false);
      const found = new Map((await this.getByKeys(keys)).map((e) => [this.keyOf(e), e]));
      return keys.flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
    }
    const rows = await this.run(this.q.list, { ...filters, ...position, limit });
    return rows.map((row) => this.q.toEntity(row[this.q.column] as Row));
  }

  async count(filters: F): Promise<number> {
    return Number((await this.run(this.q.count, filters as Params))[0]?.count ?? 0);
  }

  /** Creates or updates nodes by key; returns how many rows were written (a row whose references are missing is not). */
  async upsert(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run(this.q.upsert, { rows, updatedAt }));
  }

  /**
   * Locks nodes for the rest of the write transaction (two writes of the same node run one after the other) and
   * counts their relationships by type; keys that match nothing are absent.
   */
  async lock(keys: readonly string[]): Promise<RelationshipCensus> {
    const census: RelationshipCensus = new Map();
    if (keys.length === 0) return census;
    for (const row of await this.run(this.q.lock, { [this.q.keysParam]: [...keys] })) {
      const key = String(row[this.q.keyParam]);
      const counts = census.get(key) ?? {};
      if (row.type !== null) counts[String(row.type)] = Number(row.count);
      census.set(key, counts);
    }
    return census;
  }

  /** Deletes a node with its relationships; returns whether it existed. */
  async delete(key: string): Promise<boolean> {
    const [row] = await this.run(this.q.remove, { [this.q.keyParam]: key });
    return Number(row?.deleted ?? 0) === 1;
  }
}

/** The `merged` count a batch write returns. */
export const merged = (rows: Row[]): number => Number(rows[0]?.merged ?? 0);

/** The `removed` count a removal returns. */
export const removed = (rows: Row[]): number => Number(rows[0]?.removed ?? 0);

/** Rows grouped by a key column, in row order. */
export function groupBy<T>(rows: Row[], column: string, map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const group = groups.get(key) ?? [];
    group.push(map(row));
    groups.set(key, group);
  }
  return groups;
}
