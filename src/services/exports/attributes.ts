// The attributes analysts' files carry, derived from the graph model: which node and edge attributes exist, their
// types and descriptions. The writers declare them up front (GraphML keys, GEXF attributes, CSV columns), which a
// streamed file must do before the first node; a test checks that the seeded store holds no property missing here.
import {
  LABELS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  UNDIRECTED_TYPES,
  UPDATED_AT,
  type PropertySpec,
  type ValueType,
} from '../../model/graph';

/** Attribute types, named as GraphML names them (GEXF and CSV map from these). */
export type AttrType = ValueType;

export interface AttrSpec {
  /** The attribute's name in the files. */
  name: string;
  /** The stored property it comes from, when not the same name (or none: computed by the exporter). */
  property?: string | null;
  type: AttrType;
  description: string;
}

/**
 * The stored `source` (the document a fact comes from) is exported as `sourceDocument`: in node-link JSON and in
 * edges.csv, `source` is the edge's first end, and NetworkX would read the document id as an endpoint.
 */
const SOURCE_DOCUMENT: AttrSpec = { name: 'sourceDocument', property: 'source', type: 'string', description: 'id of the document the fact comes from (see the GraphQL `sources` query)' };
const UPDATED: AttrSpec = { name: UPDATED_AT.name, type: UPDATED_AT.type, description: UPDATED_AT.description };

/** One attribute per property name, in model order, saying which owners have it (keys and `source` left out). */
function attributesOf(owners: { name: string; properties: readonly PropertySpec[] }[], skip: (owner: string, p: PropertySpec) => boolean): AttrSpec[] {
  const byName = new Map<string, { spec: PropertySpec; owners: string[] }>();
  for (const owner of owners) {
    for (const p of owner.properties) {
      if (p.name === 'source' || skip(owner.name, p)) continue;
      const entry = byName.get(p.name) ?? { spec: p, owners: [] };
      entry.owners.push(owner.name);
      byName.set(p.name, entry);
    }
  }
  return [...byName.values()].map(({ spec, owners: own }) => ({
    name: spec.name,
    type: spec.type,
    description: own.length === owners.length ? `${spec.description} (all)` : `${own.join(', ')}: ${spec.description}`,
  }));
}

/**
 * Node attributes. `type` is the node's label (City, Nation…): it is not called `label` because GEXF gives every
 * node a display `label` (the name, for Gephi), and a parsed GEXF file would then disagree with the others.
 */
export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', property: null, type: 'string', description: `the node label: ${NODE_LABELS.join(', ')}` },
  ...attributesOf(
    NODE_LABELS.map((l) => ({ name: l, properties: LABELS[l].properties })),
    (label, p) => LABELS[label as keyof typeof LABELS].key === p.name,
  ),
  SOURCE_DOCUMENT,
  UPDATED,
];

/** Edge attributes. `directed` follows the model: formats without per-edge direction (JSON, CSV) still say it. */
export const EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', property: null, type: 'string', description: 'the relationship type, e.g. MEMBER_OF' },
  {
    name: 'directed',
    property: null,
    type: 'boolean',
    description: `false for ${[...UNDIRECTED_TYPES].join(' and ')} (mutual: stored once, meant both ways), true otherwise`,
  },
  ...attributesOf(RELATIONSHIP_TYPES.map((t) => ({ name: t, properties: RELATIONSHIPS[t].properties })), () => false),
  SOURCE_DOCUMENT,
  UPDATED,
];

/** The stored property an attribute comes from, or null for the computed ones (`type`, `directed`). */
export function propertyOf(spec: AttrSpec): string | null {
  return spec.property === undefined ? spec.name : spec.property;
}

/** The stored properties the files carry. */
export const STORED_NODE_PROPERTIES: ReadonlySet<string> = new Set(NODE_ATTRIBUTES.map(propertyOf).filter((p): p is string => p !== null));
export const STORED_EDGE_PROPERTIES: ReadonlySet<string> = new Set(EDGE_ATTRIBUTES.map(propertyOf).filter((p): p is string => p !== null));

/** Names the formats use themselves: node-link JSON's `id`, `source`, `target`, `key`, CSV's columns of the same names. */
export const RESERVED_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(['id', 'source', 'target', 'key']);
