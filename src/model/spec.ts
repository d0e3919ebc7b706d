// The shapes the graph model is written in: enumerations, validation rules, properties, labels, relationship types
// and input fields. graph.ts, report.ts, inputs.ts and report-inputs.ts all describe the graph in these shapes; keeping
// them here, apart from the model's values, lets those files read one another in one direction only (no cycle).

/** An enumeration of the domain: each value with its description (GraphiQL's docs panel shows it). */
export type EnumValues = Readonly<Record<string, string>>;

/** How a value is checked (src/model/validation.ts applies the rule). */
export type Rule =
  | { kind: 'slug' }
  | { kind: 'nationCode' }
  | { kind: 'text'; max: number }
  | { kind: 'enum'; name: string; values: EnumValues }
  | { kind: 'year' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'textList'; maxItems: number; max: number }
  | { kind: 'boolean' };

/** How a property is typed in analysts' files (GraphML's names; GEXF and CSV map from them). */
export type ValueType = 'string' | 'int' | 'float' | 'boolean' | 'stringList';

export interface PropertySpec {
  name: string;
  type: ValueType;
  required: boolean;
  rule: Rule;
  description: string;
}

/** A node label (`L`: the labels of the model, see graph.ts's `LabelSpec`). */
export interface LabelSpecOf<L extends string> {
  label: L;
  /** The property that identifies a node: `id`, or a nation's `code`. It is the node id everywhere in the API. */
  key: string;
  description: string;
  /** Every stored property, the key first. */
  properties: readonly PropertySpec[];
}

/** A relationship type (`L`: the labels of its ends; `T`: the type names; see graph.ts's `RelationshipSpec`). */
export interface RelationshipSpecOf<L extends string, T extends string> {
  type: T;
  from: readonly L[];
  to: readonly L[];
  /**
   * False for mutual relationships (a partnership, a meeting): stored once per pair in an arbitrary direction,
   * reported `directed: false` by the API and by every export format, and read as undirected by the metrics.
   */
  directed: boolean;
  description: string;
  properties: readonly PropertySpec[];
}

/** A field of a write or an import section (`L`: the labels a reference can name; see inputs.ts's `FieldSpec`). */
export interface FieldSpecOf<L extends string> {
  name: string;
  rule: Rule;
  required: boolean;
  description: string;
  /** The value when the field is left out. */
  defaultValue?: unknown;
  /** The node the field names: a label, or the field holding the target's label or type (offices). */
  references?: L | { labelField: string };
  /** The field must differ from another one of the same record, with this message. */
  differentFrom?: { field: string; message: string };
  /** Shown as an ID in GraphQL (a node key or a reference). */
  isId?: boolean;
}

/** An input field naming a node of `label` by its key: a nation's ISO code, any other label's slug. */
export function referenceField<L extends string>(name: string, label: L, description: string): FieldSpecOf<L> {
  return { name, rule: label === 'Nation' ? { kind: 'nationCode' } : { kind: 'slug' }, required: true, description, references: label, isId: true };
}
