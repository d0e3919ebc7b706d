// Reads a request's `where` and `sort` (plain objects, as GraphQL or any other front end passes them) into the query
// model's parsed forms, checking every name against the model, every value against its field, and the complexity
// limits: anything else is BAD_USER_INPUT naming the path of the offending part (e.g. `where.OR[2].name.in`).
import { badInput } from './errors';
import type { Label } from './graph';
import {
  DEFAULT_SORT_FIELD,
  NODE_FIELDS,
  OPERATORS,
  OPERATORS_OF,
  QUANTIFIERS,
  QUERY_LIMITS,
  type QueryLabel,
  RELATIONS,
  type Operator,
  type Predicate,
  type QueryField,
  type Quantifier,
  type Relation,
  type SortDirection,
  type SortTerm,
} from './query';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const given = (v: unknown) => v !== undefined && v !== null;

/** Where a filter is being read: for the counts of comparisons across the whole request. */
interface Budget {
  conditions: number;
  argument: string;
}

function checkDepth(depth: number, path: string, budget: Budget): void {
  if (depth > QUERY_LIMITS.depth) {
    throw badInput(`${path} nests AND/OR/NOT and relationship filters ${depth} levels deep; the limit is ${QUERY_LIMITS.depth} levels`, budget.argument);
  }
}

function checkList(list: unknown, path: string, budget: Budget): unknown[] {
  if (!Array.isArray(list)) throw badInput(`${path} must be a list`, budget.argument);
  if (list.length > QUERY_LIMITS.listSize) throw badInput(`${path} has ${list.length} items; the limit is ${QUERY_LIMITS.listSize} items in one list`, budget.argument);
  return list;
}

function value(field: QueryField, raw: unknown, path: string, argument: string): unknown {
  const fail = (what: string) => badInput(`${path} must be ${what}`, argument);
  switch (field.kind) {
    case 'key':
    case 'string':
      if (typeof raw !== 'string') throw fail('a string');
      if (raw.length > QUERY_LIMITS.textLength) throw fail(`at most ${QUERY_LIMITS.textLength} characters long`);
      return raw;
    case 'enum':
      if (typeof raw !== 'string' || !Object.hasOwn(field.values!, raw)) throw fail(`one of ${Object.keys(field.values!).join(', ')}`);
      return raw;
    case 'int':
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) throw fail('an integer');
      return raw;
    case 'date':
      if (typeof raw !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw)) throw fail('a date "YYYY-MM-DD" (or "YYYY-MM", "YYYY")');
      return raw;
    case 'datetime': {
      const date = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : null;
      if (!date || Number.isNaN(date.getTime())) throw fail('an ISO 8601 date-time');
      // Stored as `toISOString()` text, so text comparison is time order.
      return date.toISOString();
    }
  }
}

function comparisons(field: QueryField, scope: 'node' | 'edge', raw: unknown, path: string, budget: Budget): Predicate[] {
  if (!isObject(raw)) throw badInput(`${path} must be an object of operators (${OPERATORS_OF[field.kind].join(', ')})`, budget.argument);
  const out: Predicate[] = [];
  for (const [op, operand] of Object.entries(raw)) {
    if (!given(operand)) continue;
    if (!(OPERATORS_OF[field.kind] as readonly string[]).includes(op)) {
      throw badInput(`${path}.${op} is not an operator of ${field.name}; it takes ${OPERATORS_OF[field.kind].join(', ')}`, budget.argument);
    }
    const operator = op as Operator;
    const at = `${path}.${op}`;
    const parsed = OPERATORS[operator].takes === 'list' ? checkList(operand, at, budget).map((v, i) => value(field, v, `${at}[${i}]`, budget.argument)) : value(field, operand, at, budget.argument);
    budget.conditions += 1;
    if (budget.conditions > QUERY_LIMITS.conditions) {
      throw badInput(`${budget.argument} has more than ${QUERY_LIMITS.conditions} comparisons; the limit is ${QUERY_LIMITS.conditions} in one request`, budget.argument);
    }
    out.push({ kind: 'compare', scope, field, op: operator, value: parsed });
  }
  return out;
}

const combine = (items: Predicate[]): Predicate | null => (items.length === 0 ? null : items.length === 1 ? items[0] : { kind: 'and', items });

/** The boolean operators shared by node, edge and connection filters. */
function booleans(raw: Raw, path: string, depth: number, budget: Budget, read: (r: unknown, p: string, d: number) => Predicate | null): Predicate[] {
  const out: Predicate[] = [];
  for (const op of ['AND', 'OR'] as const) {
    if (!given(raw[op])) continue;
    checkDepth(depth + 1, `${path}.${op}`, budget);
    const items = checkList(raw[op], `${path}.${op}`, budget)
      .map((item, i) => read(item, `${path}.${op}[${i}]`, depth + 1))
      .filter((p): p is Predicate => p !== null);
    if (op === 'AND') out.push(...items);
    // An empty OR matches nothing, as in @neo4j/graphql.
    else out.push(items.length === 1 ? items[0] : { kind: 'or', items });
  }
  if (given(raw.NOT)) {
    checkDepth(depth + 1, `${path}.NOT`, budget);
    const item = read(raw.NOT, `${path}.NOT`, depth + 1);
    if (item) out.push({ kind: 'not', item });
  }
  return out;
}

function nodeWhere(label: QueryLabel, raw: unknown, path: string, depth: number, budget: Budget): Predicate | null {
  if (!isObject(raw)) throw badInput(`${path} must be an object`, budget.argument);
  const out = booleans(raw, path, depth, budget, (r, p, d) => nodeWhere(label, r, p, d, budget));
  for (const [key, operand] of Object.entries(raw)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT' || !given(operand)) continue;
    const field = NODE_FIELDS[label].find((f) => f.name === key);
    if (field) {
      out.push(...comparisons(field, 'node', operand, `${path}.${key}`, budget));
      continue;
    }
    const connection = key.endsWith('Connection');
    const relation = RELATIONS[label].find((r) => r.name === (connection ? key.slice(0, -'Connection'.length) : key));
    if (!relation) throw badInput(`${path}.${key}: ${label} has no field ${key} to filter on`, budget.argument);
    out.push(...relationFilter(relation, connection, operand, `${path}.${key}`, depth, budget));
  }
  return combine(out);
}

function relationFilter(relation: Relation, connection: boolean, raw: unknown, path: string, depth: number, budget: Budget): Predicate[] {
  if (!isObject(raw)) throw badInput(`${path} must be an object with some, none, all or single`, budget.argument);
  checkDepth(depth + 1, path, budget);
  const out: Predicate[] = [];
  for (const [key, operand] of Object.entries(raw)) {
    if (!given(operand)) continue;
    if (!Object.hasOwn(QUANTIFIERS, key)) throw badInput(`${path}.${key} is not a relationship filter; use ${Object.keys(QUANTIFIERS).join(', ')}`, budget.argument);
    const at = `${path}.${key}`;
    const item = connection ? connectionWhere(relation, operand, at, depth + 1, budget) : nodeWhere(relation.target, operand, at, depth + 1, budget);
    out.push({ kind: 'related', relation, quantifier: key as Quantifier, item });
  }
  return out;
}

/** A filter on a relation's (relationship, node) pairs: `{ node: …, edge: …, AND, OR, NOT }`. */
export function connectionWhere(relation: Relation, raw: unknown, path: string, depth: number, budget: Budget): Predicate | null {
  if (!isObject(raw)) throw badInput(`${path} must be an object with node and edge`, budget.argument);
  const out = booleans(raw, path, depth, budget, (r, p, d) => connectionWhere(relation, r, p, d, budget));
  for (const [key, operand] of Object.entries(raw)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT' || !given(operand)) continue;
    if (key === 'node') {
      const node = nodeWhere(relation.target, operand, `${path}.node`, depth, budget);
      if (node) out.push(node);
    } else if (key === 'edge') {
      const edge = edgeWhere(relation, operand, `${path}.edge`, depth, budget);
      if (edge) out.push(edge);
    } else {
      throw badInput(`${path}.${key}: a connection filter takes node, edge, AND, OR and NOT`, budget.argument);
    }
  }
  return combine(out);
}

function edgeWhere(relation: Relation, raw: unknown, path: string, depth: number, budget: Budget): Predicate | null {
  if (!isObject(raw)) throw badInput(`${path} must be an object`, budget.argument);
  const out = booleans(raw, path, depth, budget, (r, p, d) => edgeWhere(relation, r, p, d, budget));
  for (const [key, operand] of Object.entries(raw)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT' || !given(operand)) continue;
    const field = relation.edge.find((f) => f.name === key);
    if (!field) throw badInput(`${path}.${key}: ${relation.type} has no field ${key} to filter on`, budget.argument);
    out.push(...comparisons(field, 'edge', operand, `${path}.${key}`, budget));
  }
  return combine(out);
}

/** A `where` on the nodes of a label; null when it filters nothing. */
export function parseNodeWhere(label: QueryLabel, raw: unknown, argument = 'where'): Predicate | null {
  return given(raw) ? nodeWhere(label, raw, argument, 1, { conditions: 0, argument }) : null;
}

/** A `where` on a connection over a relation: `{ node, edge, AND, OR, NOT }`; null when it filters nothing. */
export function parseConnectionWhere(relation: Relation, raw: unknown, argument = 'where'): Predicate | null {
  return given(raw) ? connectionWhere(relation, raw, argument, 1, { conditions: 0, argument }) : null;
}

function direction(raw: unknown, path: string, argument: string): SortDirection {
  if (raw !== 'ASC' && raw !== 'DESC') throw badInput(`${path} must be ASC or DESC`, argument);
  return raw;
}

function sortEntry(fields: readonly QueryField[], raw: unknown, path: string, argument: string, scope: 'node' | 'edge'): SortTerm {
  const entries = isObject(raw) ? Object.entries(raw).filter(([, v]) => given(v)) : [];
  if (entries.length !== 1) throw badInput(`${path} must name exactly one field, e.g. { name: ASC }`, argument);
  const [name, dir] = entries[0];
  const field = fields.find((f) => f.name === name);
  if (!field) throw badInput(`${path}.${name} is not a field to sort by; use one of ${fields.map((f) => f.name).join(', ')}`, argument);
  return { scope, field, direction: direction(dir, `${path}.${name}`, argument) };
}

function checkSort(raw: unknown, argument: string): unknown[] {
  if (!Array.isArray(raw)) throw badInput(`${argument} must be a list`, argument);
  if (raw.length > QUERY_LIMITS.sortFields) throw badInput(`${argument} names ${raw.length} fields; the limit is ${QUERY_LIMITS.sortFields} fields`, argument);
  return raw;
}

const defaultSort = (label: QueryLabel): SortTerm[] => [{ scope: 'node', field: NODE_FIELDS[label].find((f) => f.name === DEFAULT_SORT_FIELD)!, direction: 'ASC' }];

/** `sort: [{ name: ASC }, …]` on the nodes of a label; by name when empty. The key always breaks ties. */
export function parseNodeSort(label: QueryLabel, raw: unknown, argument = 'sort'): SortTerm[] {
  if (!given(raw)) return defaultSort(label);
  const terms = checkSort(raw, argument).map((entry, i) => sortEntry(NODE_FIELDS[label], entry, `${argument}[${i}]`, argument, 'node'));
  return terms.length ? terms : defaultSort(label);
}

/** `sort: [{ node: { name: ASC } }, { edge: { since: DESC } }]` on a connection; by the node's name when empty. */
export function parseConnectionSort(relation: Relation, raw: unknown, argument = 'sort'): SortTerm[] {
  if (!given(raw)) return defaultSort(relation.target);
  const terms = checkSort(raw, argument).map((entry, i) => {
    const path = `${argument}[${i}]`;
    const scopes = isObject(entry) ? Object.entries(entry).filter(([, v]) => given(v)) : [];
    if (scopes.length !== 1 || (scopes[0][0] !== 'node' && scopes[0][0] !== 'edge')) throw badInput(`${path} must be { node: { … } } or { edge: { … } }`, argument);
    const [scope, inner] = scopes[0] as ['node' | 'edge', unknown];
    return sortEntry(scope === 'node' ? NODE_FIELDS[relation.target] : relation.edge, inner, `${path}.${scope}`, argument, scope);
  });
  return terms.length ? terms : defaultSort(relation.target);
}
