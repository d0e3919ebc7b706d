// The query model: what a `where`, a `sort` and a tally may name, derived from the graph model. The fields of each
// label and relationship type (their stored properties, `updatedAt` included), the relationships a filter can cross,
// the dimensions counts can be grouped by, the fixed table of operators and the complexity limits. The GraphQL input
// types are generated from these tables, the parser (query-input.ts) checks requests against them, and the Cypher
// compiler (src/store/query/) builds statements only from names read here: nothing a client sends becomes Cypher text.
import { LABELS, RELATIONSHIPS, UPDATED_AT, type EnumValues, type Label, type PropertySpec, type RelType } from './graph';

/**
 * The labels the query language covers (where, sort, connections, aggregates, `node(id:)`): the network's entities.
 * The report's labels (policy projects, rankings, events, stated figures) have list fields of their own.
 */
export const QUERY_LABELS = ['City', 'Nation', 'Organization', 'Official'] as const satisfies readonly Label[];
export type QueryLabel = (typeof QUERY_LABELS)[number];
export const isQueryLabel = (label: Label): label is QueryLabel => (QUERY_LABELS as readonly Label[]).includes(label);

/** How a field's values compare: which operators apply and how a value is checked. */
export type FieldKind = 'key' | 'string' | 'enum' | 'int' | 'date' | 'datetime';

export interface QueryField {
  /** The name in `where` and `sort` (the API's name of the field). */
  name: string;
  /** The stored property it reads. */
  property: string;
  kind: FieldKind;
  /** Whether the property may be absent (then it sorts last, and no comparison matches it). */
  nullable: boolean;
  /** For `enum` fields: the enumeration's GraphQL name and values. */
  enumName?: string;
  values?: EnumValues;
  description: string;
}

export type Direction = 'out' | 'in' | 'both';

/** A relationship a filter, a connection or a tally can follow from a node of `from`. */
export interface Relation {
  /** The field name, e.g. `partners` of a City. */
  name: string;
  from: QueryLabel;
  type: RelType;
  /** Which way it is stored, seen from `from` (`both` for the mutual types). */
  direction: Direction;
  target: QueryLabel;
  /** At most one per node (a city's nation): a dimension counts can be grouped by. */
  single: boolean;
  description: string;
  /** The relationship's own fields (its properties). */
  edge: readonly QueryField[];
}

/** What counts can be grouped by: a field of the node or of the relationship, or the key of a single related node. */
export interface Dimension {
  /** Enum value name, e.g. NATION. */
  name: string;
  scope: 'node' | 'edge';
  field?: QueryField;
  relation?: Relation;
  description: string;
}

// ---- operators: a fixed table -------------------------------------------------------------------------------------

export const OPERATORS = {
  eq: { takes: 'value', description: 'equal to' },
  in: { takes: 'list', description: 'equal to one of' },
  contains: { takes: 'value', description: 'contains (case-sensitive)' },
  containsInsensitive: { takes: 'value', description: 'contains, ignoring case' },
  startsWith: { takes: 'value', description: 'starts with (case-sensitive)' },
  endsWith: { takes: 'value', description: 'ends with (case-sensitive)' },
  lt: { takes: 'value', description: 'less than (earlier than)' },
  lte: { takes: 'value', description: 'less than or equal to' },
  gt: { takes: 'value', description: 'greater than (later than)' },
  gte: { takes: 'value', description: 'greater than or equal to' },
} as const;
export type Operator = keyof typeof OPERATORS;

const TEXT_OPS: readonly Operator[] = ['eq', 'in', 'contains', 'containsInsensitive', 'startsWith', 'endsWith'];
const ORDERED_OPS: readonly Operator[] = ['eq', 'in', 'lt', 'lte', 'gt', 'gte'];

/** The operators each kind of field takes. */
export const OPERATORS_OF: Readonly<Record<FieldKind, readonly Operator[]>> = {
  key: TEXT_OPS,
  string: TEXT_OPS,
  enum: ['eq', 'in'],
  int: ORDERED_OPS,
  date: [...ORDERED_OPS, 'startsWith'],
  datetime: ORDERED_OPS,
};

export const QUANTIFIERS = {
  some: 'at least one related node (relationship) matches',
  none: 'no related node (relationship) matches',
  all: 'every related node (relationship) matches (true when there is none)',
  single: 'exactly one related node (relationship) matches',
} as const;
export type Quantifier = keyof typeof QUANTIFIERS;

/** Caps on one request's filter and sort, each named in the BAD_USER_INPUT that refuses a request over it. */
export const QUERY_LIMITS = {
  /** Nesting of AND/OR/NOT and relationship filters, counted from the top of `where`. */
  depth: 5,
  /** Values of one `in` list, and branches of one AND or OR. */
  listSize: 100,
  /** Comparisons in one `where`, all levels together. */
  conditions: 50,
  /** Fields of one `sort`. */
  sortFields: 3,
  /** Length of a text compared with contains, startsWith, endsWith or eq. */
  textLength: 200,
} as const;

// ---- the fields of each label and relationship type ---------------------------------------------------------------

function kindOf(spec: PropertySpec, key: boolean): FieldKind | null {
  if (key) return 'key';
  switch (spec.rule.kind) {
    case 'enum':
      return 'enum';
    case 'year':
      return 'int';
    case 'date':
      return 'date';
    case 'text':
      return 'string';
    default:
      return null; // lists and booleans are not filterable
  }
}

function fieldsOf(properties: readonly PropertySpec[], key: string | null): QueryField[] {
  const fields: QueryField[] = [];
  for (const spec of properties) {
    const kind = kindOf(spec, spec.name === key);
    if (!kind) continue;
    const field: QueryField = { name: spec.name, property: spec.name, kind, nullable: !spec.required, description: spec.description };
    if (spec.rule.kind === 'enum') Object.assign(field, { enumName: spec.rule.name, values: spec.rule.values });
    fields.push(field);
  }
  // `updatedAt` is stored as an ISO 8601 string; the API shows it as the DateTime `modifiedAt`.
  fields.push({ name: 'modifiedAt', property: UPDATED_AT.name, kind: 'datetime', nullable: true, description: UPDATED_AT.description });
  return fields;
}

export const NODE_FIELDS: Readonly<Record<QueryLabel, readonly QueryField[]>> = {
  City: fieldsOf(LABELS.City.properties, LABELS.City.key),
  Nation: fieldsOf(LABELS.Nation.properties, LABELS.Nation.key),
  Organization: fieldsOf(LABELS.Organization.properties, LABELS.Organization.key),
  Official: fieldsOf(LABELS.Official.properties, LABELS.Official.key),
};

const edgeFields = (type: RelType) => fieldsOf(RELATIONSHIPS[type].properties, null);

function relation(from: QueryLabel, name: string, type: RelType, direction: Direction, target: QueryLabel, description: string, single = false): Relation {
  const spec = RELATIONSHIPS[type];
  const [start, end] = direction === 'in' ? [target, from] : [from, target];
  if (!spec.from.includes(start) || !spec.to.includes(end) || (direction === 'both') === spec.directed) {
    throw new Error(`query model: ${from}.${name} does not fit ${type} (${spec.from.join('|')} -> ${spec.to.join('|')})`);
  }
  return { name, from, type, direction, target, single, description, edge: edgeFields(type) };
}

/** The relationships each label's filters and connections can follow. */
export const RELATIONS: Readonly<Record<QueryLabel, readonly Relation[]>> = {
  City: [
    relation('City', 'nation', 'LOCATED_IN', 'out', 'Nation', 'the nation the city is located in', true),
    relation('City', 'partners', 'SISTER_OF', 'both', 'City', 'its partner cities (sister and friendship)'),
    relation('City', 'memberships', 'MEMBER_OF', 'out', 'Organization', 'the organizations it is a member of'),
    relation('City', 'hostedOrganizations', 'HOSTS', 'out', 'Organization', 'the organizations with an office in it'),
  ],
  Nation: [relation('Nation', 'cities', 'LOCATED_IN', 'in', 'City', 'the cities located in it')],
  Organization: [
    relation('Organization', 'members', 'MEMBER_OF', 'in', 'City', 'its member cities'),
    relation('Organization', 'hostedBy', 'HOSTS', 'in', 'City', 'the cities where it has an office'),
  ],
  Official: [relation('Official', 'meetings', 'MET_WITH', 'both', 'Official', 'the officials they met')],
};

export function relationOf(label: QueryLabel, name: string): Relation {
  const found = RELATIONS[label].find((r) => r.name === name);
  if (!found) throw new Error(`query model: ${label} has no relation ${name}`);
  return found;
}

const upper = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** What the nodes of a label can be counted by: their enum fields and their single related node (a city's nation). */
function nodeDimensions(label: QueryLabel): Dimension[] {
  return [
    ...NODE_FIELDS[label].filter((f) => f.kind === 'enum').map((field): Dimension => ({ name: upper(field.name), scope: 'node', field, description: `by ${field.name}` })),
    ...RELATIONS[label].filter((r) => r.single).map((r): Dimension => ({ name: upper(r.name), scope: 'node', relation: r, description: `by ${r.name} (its key)` })),
  ];
}

export const NODE_DIMENSIONS: Readonly<Record<QueryLabel, readonly Dimension[]>> = {
  City: nodeDimensions('City'),
  Nation: nodeDimensions('Nation'),
  Organization: nodeDimensions('Organization'),
  Official: nodeDimensions('Official'),
};

/** What the relationships of a relation can be counted by: their enum fields, then the target's dimensions. */
export function relationDimensions(rel: Relation): Dimension[] {
  const edge = rel.edge.filter((f) => f.kind === 'enum').map((field): Dimension => ({ name: upper(field.name), scope: 'edge', field, description: `by the relationship's ${field.name}` }));
  return [...edge, ...NODE_DIMENSIONS[rel.target]];
}

/** The default order of every list: by name, then by key. */
export const DEFAULT_SORT_FIELD = 'name';

// ---- the parsed forms: what the store compiles --------------------------------------------------------------------

/**
 * A condition on a node (at the top of a connection over a relation: on a related node and its relationship), with
 * every name resolved to the model's own objects.
 */
export type Predicate =
  | { kind: 'and'; items: Predicate[] }
  | { kind: 'or'; items: Predicate[] }
  | { kind: 'not'; item: Predicate }
  /** A field of the node, or (inside a relationship filter or a connection) of the relationship. */
  | { kind: 'compare'; scope: 'node' | 'edge'; field: QueryField; op: Operator; value: unknown }
  /** Inside `item`, `node` fields are the related node's, `edge` fields the relationship's. */
  | { kind: 'related'; relation: Relation; quantifier: Quantifier; item: Predicate | null };

export type SortDirection = 'ASC' | 'DESC';

export interface SortTerm {
  scope: 'node' | 'edge';
  field: QueryField;
  direction: SortDirection;
}

/** The default order of a list: by name (then by key, as every order). */
export const isDefaultSort = (sort: readonly SortTerm[]): boolean =>
  sort.length === 1 && sort[0].scope === 'node' && sort[0].field.name === 'name' && sort[0].direction === 'ASC';

/** A keyset position: the sort values of the last row seen and its key. */
export interface KeysetCursor {
  values: unknown[];
  key: string;
}

/** A connection over the nodes of a label, or over a relation from some nodes. */
export interface ListQuery {
  where: Predicate | null;
  sort: SortTerm[];
  /** Rows after this position (in the direction of the order). */
  after: KeysetCursor | null;
  /** Read the order backwards (for `last`/`before`): the store reverses every term and the tie-break. */
  backwards: boolean;
  limit: number;
}
