// The GraphQL inputs of the query language, generated from the query model (src/model/query.ts), in the style of
// @neo4j/graphql 7: `CityWhere` with one operator input per field (`name: { startsWith: "Sa" }`), AND/OR/NOT, and
// relationship filters (`partners: { some: … }`, `partnersConnection: { none: { edge: …, node: … } }`); `CitySort`
// lists; the connection filters and orders of each relation; the dimensions counts can be grouped by. A field added
// to the graph model appears here, in the parser and in the compiler at once.
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType, type ClassType } from 'type-graphql';
import type { RelType } from '../model/graph';
import { QUERY_LABELS, type QueryLabel } from '../model/query';
import { NODE_DIMENSIONS, NODE_FIELDS, OPERATORS, OPERATORS_OF, QUANTIFIERS, RELATIONS, relationDimensions, type FieldKind, type QueryField, type Relation } from '../model/query';
import { CityKind, OrganizationCategory, PartnerTier } from './enums';
import { Continent } from './report-enums';

type TypeFn = () => any; // eslint-disable-line @typescript-eslint/no-explicit-any

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending. Missing values (an organization without a category) sort last either way.',
  valuesConfig: { ASC: { description: 'Smallest (A, earliest) first.' }, DESC: { description: 'Largest (Z, latest) first.' } },
});

const ENUMS: Record<string, object> = { CityKind, Continent, OrganizationCategory, PartnerTier };

/** A new input class, registered under `name`; its fields are added afterwards (inputs refer to each other). */
function inputClass(name: string, description: string): ClassType {
  const Input = { [name]: class {} }[name];
  InputType(name, { description })(Input);
  return Input;
}

function field(Input: ClassType, name: string, type: TypeFn, description: string): void {
  Field(type, { nullable: true, description })(Input.prototype, name);
}

// ---- one operator input per kind of field (and per enumeration) -----------------------------------------------------

const SCALARS: Record<Exclude<FieldKind, 'enum'>, { name: string; type: TypeFn; what: string }> = {
  key: { name: 'IDFilter', type: () => ID, what: 'an id (a slug; a nation code for nations)' },
  string: { name: 'StringFilter', type: () => String, what: 'a text' },
  int: { name: 'IntFilter', type: () => Int, what: 'a whole number (a year)' },
  date: { name: 'DateFilter', type: () => String, what: 'a date "YYYY-MM-DD" or "YYYY-MM", compared as text (so "2019" < "2019-04" < "2019-04-01")' },
  datetime: { name: 'DateTimeFilter', type: () => GraphQLDateTime, what: 'an ISO 8601 date-time' },
};

function operatorInput(name: string, kind: FieldKind, type: TypeFn, what: string): ClassType {
  const Input = inputClass(name, `Conditions on ${what}: every operator given must hold. Values are compared as given (case-sensitive, except containsInsensitive).`);
  for (const op of OPERATORS_OF[kind]) {
    const list = OPERATORS[op].takes === 'list';
    field(Input, op, list ? () => [type()] : type, `${OPERATORS[op].description[0].toUpperCase()}${OPERATORS[op].description.slice(1)}${list ? ` (at most 100 values)` : ''}.`);
  }
  return Input;
}

const SCALAR_INPUTS = Object.fromEntries(Object.entries(SCALARS).map(([kind, s]) => [kind, operatorInput(s.name, kind as FieldKind, s.type, s.what)])) as Record<string, ClassType>;
const ENUM_INPUTS: Record<string, ClassType> = Object.fromEntries(
  Object.keys(ENUMS).map((e) => [e, operatorInput(`${e}Filter`, 'enum', () => ENUMS[e], `a ${e} value`)]),
);

const filterOf = (f: QueryField): TypeFn => (f.kind === 'enum' ? () => ENUM_INPUTS[f.enumName!] : () => SCALAR_INPUTS[f.kind]);
const describe = (f: QueryField) => `${f.description[0].toUpperCase()}${f.description.slice(1)}.`;

// ---- names -------------------------------------------------------------------------------------------------------

const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);
/** `SISTER_OF` → `SisterOf`. */
export const typeName = (t: RelType) => t.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
/** `City.partners` → `CityPartners`. */
export const relationName = (r: Relation) => `${r.from}${pascal(r.name)}`;

// ---- node, edge and connection filters -------------------------------------------------------------------------------

export const WHERE: Record<QueryLabel, ClassType> = Object.fromEntries(
  QUERY_LABELS.map((l) => [l, inputClass(`${l}Where`, `Which ${l.toLowerCase()} nodes to return: every condition given must hold; AND, OR and NOT combine filters.`)]),
) as Record<QueryLabel, ClassType>;
/** The relationship types a relation follows, with their fields. */
const EDGE_FIELDS = new Map<RelType, readonly QueryField[]>(QUERY_LABELS.flatMap((l) => RELATIONS[l].map((r) => [r.type, r.edge] as [RelType, readonly QueryField[]])));
export const CONNECTION_WHERE = new Map<Relation, ClassType>();

function booleans(Input: ClassType, self: () => ClassType): void {
  field(Input, 'AND', () => [self()], 'Every one of these filters holds.');
  field(Input, 'OR', () => [self()], 'At least one of these filters holds (an empty list: none).');
  field(Input, 'NOT', self, 'This filter does not hold.');
}

const EDGE_WHERE = new Map<RelType, ClassType>();
for (const [t, fields] of EDGE_FIELDS) {
  const Input = inputClass(`${typeName(t)}Where`, `Conditions on a ${t} relationship's properties; AND, OR and NOT combine them.`);
  booleans(Input, () => Input);
  for (const f of fields) field(Input, f.name, filterOf(f), describe(f));
  EDGE_WHERE.set(t, Input);
}

for (const label of QUERY_LABELS) {
  for (const r of RELATIONS[label]) {
    const Input = inputClass(`${relationName(r)}ConnectionWhere`, `Conditions on ${r.description} of a ${label.toLowerCase()}: on the related ${r.target.toLowerCase()} (node) and on the ${r.type} relationship (edge).`);
    booleans(Input, () => Input);
    field(Input, 'node', () => WHERE[r.target], `Conditions on the related ${r.target.toLowerCase()}.`);
    field(Input, 'edge', () => EDGE_WHERE.get(r.type)!, `Conditions on the ${r.type} relationship.`);
    CONNECTION_WHERE.set(r, Input);
  }
}

for (const label of QUERY_LABELS) {
  const Input = WHERE[label];
  booleans(Input, () => Input);
  for (const f of NODE_FIELDS[label]) field(Input, f.name, filterOf(f), describe(f));
  for (const r of RELATIONS[label]) {
    const quantified = (name: string, inner: TypeFn, what: string) => {
      const Filter = inputClass(name, `A filter over ${r.description}: ${what}.`);
      for (const [q, description] of Object.entries(QUANTIFIERS)) field(Filter, q, inner, `${description[0].toUpperCase()}${description.slice(1)}.`);
      return Filter;
    };
    const nodes = quantified(`${relationName(r)}Filter`, () => WHERE[r.target], `conditions on the related ${r.target.toLowerCase()} nodes`);
    const pairs = quantified(`${relationName(r)}ConnectionFilter`, () => CONNECTION_WHERE.get(r)!, `conditions on the related nodes and the ${r.type} relationships`);
    field(Input, r.name, () => nodes, `Filter by ${r.description} (${r.type}).`);
    field(Input, `${r.name}Connection`, () => pairs, `Filter by ${r.description}, with conditions on the ${r.type} relationships too.`);
  }
}

// ---- orders -------------------------------------------------------------------------------------------------------

function sortInput(name: string, fields: readonly QueryField[], what: string): ClassType {
  const Input = inputClass(name, `Order ${what} by one field (give several in a list, the first counts most); ties are broken by key.`);
  for (const f of fields) field(Input, f.name, () => SortDirection, describe(f));
  return Input;
}

export const SORT: Record<QueryLabel, ClassType> = Object.fromEntries(QUERY_LABELS.map((l) => [l, sortInput(`${l}Sort`, NODE_FIELDS[l], `${l.toLowerCase()} nodes`)])) as Record<QueryLabel, ClassType>;
const EDGE_SORT = new Map<RelType, ClassType>();
export const CONNECTION_SORT = new Map<Relation, ClassType>();
for (const label of QUERY_LABELS) {
  for (const r of RELATIONS[label]) {
    if (!EDGE_SORT.has(r.type)) EDGE_SORT.set(r.type, sortInput(`${typeName(r.type)}Sort`, r.edge, `${r.type} relationships`));
    const Input = inputClass(`${relationName(r)}ConnectionSort`, `One field to order ${r.description} by: of the related ${r.target.toLowerCase()} (node) or of the relationship (edge).`);
    field(Input, 'node', () => SORT[r.target], `A field of the related ${r.target.toLowerCase()}.`);
    field(Input, 'edge', () => EDGE_SORT.get(r.type)!, `A field of the ${r.type} relationship.`);
    CONNECTION_SORT.set(r, Input);
  }
}

// ---- dimensions ---------------------------------------------------------------------------------------------------

function dimensionEnum(name: string, dims: readonly { name: string; description: string }[], what: string): object | null {
  if (dims.length === 0) return null;
  const values = Object.fromEntries(dims.map((d) => [d.name, d.name]));
  registerEnumType(values, { name, description: `What to count ${what} by.`, valuesConfig: Object.fromEntries(dims.map((d) => [d.name, { description: `Count ${d.description}.` }])) });
  return values;
}

export const NODE_DIMENSION_ENUMS: Partial<Record<QueryLabel, object>> = Object.fromEntries(
  QUERY_LABELS.flatMap((l) => {
    const e = dimensionEnum(`${l}Dimension`, NODE_DIMENSIONS[l], `${l.toLowerCase()} nodes`);
    return e ? [[l, e]] : [];
  }),
);
export const RELATION_DIMENSION_ENUMS = new Map<Relation, object>(
  QUERY_LABELS.flatMap((l) =>
    RELATIONS[l].flatMap((r) => {
      const e = dimensionEnum(`${relationName(r)}Dimension`, relationDimensions(r), `${r.description}`);
      return e ? [[r, e] as [Relation, object]] : [];
    }),
  ),
);
