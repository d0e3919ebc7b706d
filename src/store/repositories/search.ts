// Filtered, sorted, keyset-paginated lists and tallies of any label, and of any relation from a batch of nodes: the
// cypher/query/ templates with their slots filled by the fragment builder (src/store/query/compile.ts). The only code
// naming those templates, their parameters and their columns.
import type { Label } from '../../model/graph';
import { isDefaultSort, type Dimension, type ListQuery, type Predicate, type QueryLabel, type Relation } from '../../model/query';
import type { KeyOrders } from '../key-order';
import type { Row } from '../port';
import { dimension, keyOf, labelPattern, listSlots, relationSlots, StatementBuilder, whereSlot, type Scope } from '../query/compile';
import type { Run } from './nodes';

/** One relationship of a page over a relation: the related node's key and the relationship's properties. */
export interface RelatedRow {
  target: string;
  edge: Record<string, unknown>;
}

export interface TallyRow {
  value: string | null;
  count: number;
}

const NODE: Scope = { node: 'n', edge: null };
const RELATED: Scope = { node: 't', edge: 'r' };

const tallyRow = (row: Row): TallyRow => ({ value: row.value === null || row.value === undefined ? null : String(row.value), count: Number(row.count) });

export class SearchRepository {
  constructor(
    private readonly run: Run,
    /** The default order kept per graph version (embedded engine, outside transactions), or null. */
    private readonly orders: KeyOrders | null = null,
  ) {}

  /** The keys of one page of nodes of `label`, in order. */
  async findNodes(label: QueryLabel, query: ListQuery): Promise<string[]> {
    const cursorName = query.after?.values[0];
    if (this.orders && query.where === null && isDefaultSort(query.sort) && (query.after === null || typeof cursorName === 'string')) {
      const order = await this.orders.order(label);
      if (order) return order.page(query.after && { name: cursorName as string, key: query.after.key }, query.limit, query.backwards);
    }
    const b = new StatementBuilder();
    const slots = { match: labelPattern(label, 'n', b), key: b.fragment(keyOf(label, 'n')), ...listSlots(query, NODE, keyOf(label, 'n'), b) };
    const rows = await this.run('query/find-nodes', { ...b.params, limit: query.limit }, slots);
    return rows.map((row) => String(row.key));
  }

  /** The key and name of every node of `label`, unordered (src/store/key-order.ts sorts them; the metric projection lists its nodes). */
  async nameKeys(label: Label): Promise<{ key: unknown; name: unknown }[]> {
    const b = new StatementBuilder();
    const rows = await this.run('query/name-keys', b.params, { match: labelPattern(label, 'n', b), key: b.fragment(keyOf(label, 'n')) });
    return rows.map((row) => ({ key: row.key, name: row.name }));
  }

  async countNodes(label: QueryLabel, where: Predicate | null): Promise<number> {
    const b = new StatementBuilder();
    const slots = { match: labelPattern(label, 'n', b), where: whereSlot(where, NODE, b) };
    return Number((await this.run('query/count-nodes', b.params, slots))[0]?.count ?? 0);
  }

  async tallyNodes(label: QueryLabel, where: Predicate | null, by: Dimension): Promise<TallyRow[]> {
    const b = new StatementBuilder();
    const slots = {
      match: labelPattern(label, 'n', b),
      where: whereSlot(where, NODE, b),
      value: dimension(by, NODE, b),
    };
    return (await this.run('query/tally-nodes', b.params, slots)).map(tallyRow);
  }

  /** One page over `relation` for each of the start nodes `keys` (at most `query.limit` each), in order. */
  async findRelated(relation: Relation, keys: readonly string[], query: ListQuery): Promise<Map<string, RelatedRow[]>> {
    const b = new StatementBuilder();
    const { match, key } = relationSlots(relation, b);
    const slots = { match, key, ...listSlots(query, RELATED, keyOf(relation.target, 't'), b) };
    const rows = await this.run('query/find-related', { ...b.params, keys: [...keys], limit: query.limit }, slots);
    return new Map(rows.map((row) => [String(row.key), (row.rows as Row[]).map((r) => ({ target: String(r.target), edge: (r.edge as Record<string, unknown>) ?? {} }))]));
  }

  async countRelated(relation: Relation, keys: readonly string[], where: Predicate | null): Promise<Map<string, number>> {
    const b = new StatementBuilder();
    const slots = { match: relationSlots(relation, b).match, where: whereSlot(where, RELATED, b) };
    const rows = await this.run('query/count-related', { ...b.params, keys: [...keys] }, slots);
    return new Map(rows.map((row) => [String(row.key), Number(row.count)]));
  }

  async tallyRelated(relation: Relation, keys: readonly string[], where: Predicate | null, by: Dimension): Promise<Map<string, TallyRow[]>> {
    const b = new StatementBuilder();
    const slots = {
      match: relationSlots(relation, b).match,
      where: whereSlot(where, RELATED, b),
      value: dimension(by, RELATED, b),
    };
    const out = new Map<string, TallyRow[]>();
    for (const row of await this.run('query/tally-related', { ...b.params, keys: [...keys] }, slots)) {
      const list = out.get(String(row.key)) ?? [];
      list.push(tallyRow(row));
      out.set(String(row.key), list);
    }
    return out;
  }
}
