// The fragment builder: turns the query model's parsed filters, orders, keyset positions and tally dimensions into
// the Cypher fragments that fill the marked slots of the cypher/query/ templates. It is the only code that can make a
// CypherFragment. Every name it writes (label, relationship type, property) is read from the graph model's tables and
// checked against them once more here; every value becomes a parameter ($p0, $p1, …). Operators come from a fixed
// table. So no text a client sends ever becomes Cypher text.
import { KEY_PROPERTY, LABELS, NODE_LABELS, PROPERTY_NAMES, RELATIONSHIPS, RELATIONSHIP_TYPES, type Label, type RelType } from '../../model/graph';
import type { Dimension, KeysetCursor, Operator, Predicate, QueryField, Relation, SortTerm } from '../../model/query';
import type { Params } from '../port';

const ISSUER = Symbol('fragment builder');

/** Cypher text made by this module from model names and parameter references only. */
export class CypherFragment {
  constructor(
    issuer: symbol,
    readonly text: string,
  ) {
    if (issuer !== ISSUER) throw new Error('Cypher fragments are made only by src/store/query/compile.ts');
  }
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const LABEL_SET = new Set<string>(NODE_LABELS);
const TYPE_SET = new Set<string>(RELATIONSHIP_TYPES);
const PROPERTY_SET = new Set<string>(PROPERTY_NAMES);

/** A model name, checked again at the last moment: a label, a relationship type or a stored property. */
function name(kind: 'label' | 'type' | 'property', value: string): string {
  const known = kind === 'label' ? LABEL_SET : kind === 'type' ? TYPE_SET : PROPERTY_SET;
  if (!IDENTIFIER.test(value) || !known.has(value)) throw new Error(`fragment builder: ${value} is not a ${kind} of the graph model`);
  return value;
}

/** Collects the parameters of one statement and names its variables. */
export class StatementBuilder {
  readonly params: Params = {};
  private nextParam = 0;
  private nextVariable = 0;

  param(value: unknown): string {
    const key = `p${this.nextParam++}`;
    this.params[key] = value;
    return `$${key}`;
  }

  variable(prefix: 'm' | 'e' | 'd'): string {
    return `${prefix}${this.nextVariable++}`;
  }

  fragment(text: string): CypherFragment {
    return new CypherFragment(ISSUER, text);
  }
}

/** The variables a predicate reads: the node, and inside a connection the relationship. */
export interface Scope {
  node: string;
  edge: string | null;
}

const COMPARISON: Record<Exclude<Operator, 'containsInsensitive'>, string> = {
  eq: '=',
  in: 'IN',
  contains: 'CONTAINS',
  startsWith: 'STARTS WITH',
  endsWith: 'ENDS WITH',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

function access(scope: Scope, where: 'node' | 'edge', field: QueryField): string {
  const variable = where === 'edge' ? scope.edge : scope.node;
  if (!variable) throw new Error(`fragment builder: ${field.name} is a relationship field outside a relationship`);
  return `${variable}.${name('property', field.property)}`;
}

/** `(a)-[r:TYPE]->(b:Target)` in the relation's stored direction, from the bound variable `from`. */
export function relationPattern(relation: Relation, from: string, edge: string, to: string, anchor = ''): string {
  const type = name('type', relation.type);
  const target = name('label', relation.target);
  const start = anchor ? `(${from}:${name('label', relation.from)} ${anchor})` : `(${from})`;
  const rel = `[${edge}:${type}]`;
  const end = `(${to}:${target})`;
  if (relation.direction === 'out') return `${start}-${rel}->${end}`;
  if (relation.direction === 'in') return `${start}<-${rel}-${end}`;
  return `${start}-${rel}-${end}`;
}

/**
 * A predicate as a Cypher boolean expression. Comparisons are two-valued: a missing property matches no operator,
 * and NOT of a comparison matches it (`coalesce(…, false)` on optional properties), so NOT means "not matching".
 */
export function predicate(p: Predicate, scope: Scope, b: StatementBuilder): string {
  switch (p.kind) {
    case 'and':
      return p.items.length === 0 ? 'true' : `(${p.items.map((i) => predicate(i, scope, b)).join(' AND ')})`;
    case 'or':
      return p.items.length === 0 ? 'false' : `(${p.items.map((i) => predicate(i, scope, b)).join(' OR ')})`;
    case 'not':
      return `(NOT ${predicate(p.item, scope, b)})`;
    case 'compare': {
      const x = access(scope, p.scope, p.field);
      const v = b.param(p.value);
      const text = p.op === 'containsInsensitive' ? `toLower(${x}) CONTAINS toLower(${v})` : `${x} ${COMPARISON[p.op]} ${v}`;
      return p.field.nullable ? `coalesce(${text}, false)` : text;
    }
    case 'related': {
      const node = b.variable('m');
      const edge = b.variable('e');
      const pattern = relationPattern(p.relation, scope.node, edge, node);
      const inner = p.item ? predicate(p.item, { node, edge }, b) : null;
      // COUNT {} is correlated on the bound node on both engines (EXISTS {} scans the graph on the embedded one).
      if (p.quantifier === 'all') return inner ? `COUNT { ${pattern} WHERE NOT (${inner}) } = 0` : 'true';
      const count = inner ? `COUNT { ${pattern} WHERE ${inner} }` : `COUNT { ${pattern} }`;
      return p.quantifier === 'some' ? `${count} > 0` : p.quantifier === 'none' ? `${count} = 0` : `${count} = 1`;
    }
  }
}

/** One term of an order, as the store reads it (reversed for backward pages). */
interface OrderTerm {
  expr: string;
  descending: boolean;
  /** Optional properties: where their missing values sort (last forwards, first backwards). */
  nulls: 'last' | 'first' | null;
}

function orderTerms(sort: readonly SortTerm[], scope: Scope, keyExpr: string, backwards: boolean): OrderTerm[] {
  const terms: OrderTerm[] = sort.map((t) => ({
    expr: access(scope, t.scope, t.field),
    descending: (t.direction === 'DESC') !== backwards,
    nulls: t.field.nullable ? (backwards ? 'first' : 'last') : null,
  }));
  terms.push({ expr: keyExpr, descending: backwards, nulls: null });
  return terms;
}

function orderBy(terms: readonly OrderTerm[]): string {
  return terms
    .flatMap((t) => [
      ...(t.nulls ? [`CASE WHEN ${t.expr} IS NULL THEN ${t.nulls === 'last' ? 1 : 0} ELSE ${t.nulls === 'last' ? 0 : 1} END`] : []),
      `${t.expr}${t.descending ? ' DESC' : ''}`,
    ])
    .join(', ');
}

/** Rows strictly after the keyset position in this order: (v1, …, key) compared term by term. */
function keysetAfter(terms: readonly OrderTerm[], cursor: KeysetCursor, b: StatementBuilder): string {
  const values = [...cursor.values, cursor.key];
  const equal = (t: OrderTerm, v: unknown) => (v === null ? `${t.expr} IS NULL` : `${t.expr} = ${b.param(v)}`);
  const beyond = (t: OrderTerm, v: unknown): string | null => {
    const cmp = t.descending ? '<' : '>';
    if (t.nulls === 'last') return v === null ? null : `(${t.expr} ${cmp} ${b.param(v)} OR ${t.expr} IS NULL)`;
    if (t.nulls === 'first') return v === null ? `${t.expr} IS NOT NULL` : `${t.expr} ${cmp} ${b.param(v)}`;
    return `${t.expr} ${cmp} ${b.param(v)}`;
  };
  const disjuncts: string[] = [];
  terms.forEach((t, i) => {
    const step = beyond(t, values[i]);
    if (step === null) return;
    disjuncts.push([...terms.slice(0, i).map((u, j) => equal(u, values[j])), step].join(' AND '));
  });
  return disjuncts.length ? `(${disjuncts.map((d) => `(${d})`).join(' OR ')})` : 'false';
}

export interface ListSlots {
  where: CypherFragment;
  after: CypherFragment;
  order: CypherFragment;
}

/** The where, keyset and order slots of one page. */
export function listSlots(
  query: { where: Predicate | null; sort: readonly SortTerm[]; after: KeysetCursor | null; backwards: boolean },
  scope: Scope,
  keyExpr: string,
  b: StatementBuilder,
): ListSlots {
  const terms = orderTerms(query.sort, scope, keyExpr, query.backwards);
  return {
    where: b.fragment(query.where ? predicate(query.where, scope, b) : 'true'),
    after: b.fragment(query.after ? keysetAfter(terms, query.after, b) : 'true'),
    order: b.fragment(orderBy(terms)),
  };
}

/** The where slot alone (counts and tallies). */
export const whereSlot = (where: Predicate | null, scope: Scope, b: StatementBuilder): CypherFragment => b.fragment(where ? predicate(where, scope, b) : 'true');

export const keyOf = (label: Label, variable: string): string => `${variable}.${name('property', KEY_PROPERTY[label])}`;

/** `(n:Label)`: the nodes of a label. */
export const labelPattern = (label: Label, variable: string, b: StatementBuilder): CypherFragment => b.fragment(`(${variable}:${name('label', LABELS[label].label)})`);

/** `(s:Label {key: key})`: a node of `label` looked up by the key a statement's `UNWIND $keys AS key` gives. */
export const keyedSource = (label: Label, b: StatementBuilder): CypherFragment =>
  b.fragment(`(s:${name('label', LABELS[label].label)} {${name('property', KEY_PROPERTY[label])}: key})`);

/** The relation from a batch of nodes given as `key` (looked up through the key's index), to `t` over `r`. */
export function relationSlots(relation: Relation, b: StatementBuilder): { match: CypherFragment; key: CypherFragment } {
  const anchor = `{${name('property', KEY_PROPERTY[relation.from])}: key}`;
  return { match: b.fragment(relationPattern(relation, 's', 'r', 't', anchor)), key: b.fragment(keyOf(relation.target, 't')) };
}

/** Which relationships of a node a degree counts: those starting at it, ending at it, or either way. */
export type DegreeSide = 'out' | 'in' | 'both';

/**
 * The pattern whose matches, grouped by `a`, give each node's degree in one relationship type on one side: `out`
 * `(a:City)-[r:MEMBER_OF]->()`, `in` `(a:Organization)<-[r:MEMBER_OF]-()`, `both` `(a:City)-[r:SISTER_OF]-()`. `a`
 * carries its label when the model allows exactly one on that side, so the engine starts from that label only. With
 * `anchor`, the one node of that label with that key: `(a:City {id: $p0})-[r:SISTER_OF]-()`.
 */
export function degreePattern(type: RelType, side: DegreeSide, b: StatementBuilder, anchor?: { label: Label; key: string }): CypherFragment {
  const spec = RELATIONSHIPS[type];
  const labels = side === 'in' ? spec.to : side === 'out' ? spec.from : [...new Set([...spec.from, ...spec.to])];
  const node = anchor
    ? `(a:${name('label', LABELS[anchor.label].label)} {${name('property', KEY_PROPERTY[anchor.label])}: ${b.param(anchor.key)}})`
    : labels.length === 1
      ? `(a:${name('label', LABELS[labels[0]].label)})`
      : '(a)';
  const rel = `[r:${name('type', type)}]`;
  return b.fragment(side === 'out' ? `${node}-${rel}->()` : side === 'in' ? `${node}<-${rel}-()` : `${node}-${rel}-()`);
}

/** The value a tally groups by: a property of the node or relationship, or the key of a single related node. */
export function dimension(d: Dimension, scope: Scope, b: StatementBuilder): CypherFragment {
  if (d.field) return b.fragment(access(scope, d.scope, d.field));
  const rel = d.relation!;
  const to = b.variable('d');
  return b.fragment(`head([${relationPattern(rel, scope.node, b.variable('e'), to)} | ${keyOf(rel.target, to)}])`);
}

