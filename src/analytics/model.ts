// The shape of the graph as analysts' files see it: which labels and relationship types exist, which are
// undirected, how each node is identified, and every property with its type. The exporters declare these
// attributes up front (GraphML keys, GEXF attributes, CSV columns), which a streamed file must do before the
// first node; a test checks that the seeded store holds no property missing from here.

/** The Cypher labels, in the order exports and error messages list them. */
export const NODE_LABELS = ['City', 'Nation', 'Organization', 'Official'] as const;
export type Label = (typeof NODE_LABELS)[number];

/** The Cypher relationship types. */
export const RELATIONSHIP_TYPES = ['SISTER_OF', 'LOCATED_IN', 'MEMBER_OF', 'HOSTS', 'MET_WITH', 'HOLDS_OFFICE'] as const;
export type RelType = (typeof RELATIONSHIP_TYPES)[number];

/** Types stored once per pair and meant undirected: a partnership has no direction. */
export const UNDIRECTED_TYPES: ReadonlySet<string> = new Set<RelType>(['SISTER_OF']);

/** The property that is a node's id, by label (a nation is identified by its ISO code). It becomes the node id, not an attribute. */
export const KEY_PROPERTY: Record<Label, string> = { City: 'id', Nation: 'code', Organization: 'id', Official: 'id' };

/** Attribute types, named as GraphML names them (GEXF and CSV map from these). */
export type AttrType = 'string' | 'int' | 'boolean' | 'stringList';

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
const SOURCE_DOCUMENT = 'sourceDocument';

/** Set by every write through the API or the import; absent on seeded data. */
const UPDATED_AT: AttrSpec = { name: 'updatedAt', type: 'string', description: 'when it was last written through the API or an import (ISO 8601); empty for seeded data' };

/**
 * Node attributes. `type` is the node's label (City, Nation…): it is not called `label` because GEXF gives
 * every node a display `label` (the name, for Gephi), and a parsed GEXF file would then disagree with the others.
 */
export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', property: null, type: 'string', description: 'the node label: City, Nation, Organization or Official' },
  { name: 'name', type: 'string', description: 'name (all labels)' },
  { name: 'kind', type: 'string', description: 'City: CITY, PROVINCE, STATE, PREFECTURE, REGION or DISTRICT' },
  { name: 'acronym', type: 'string', description: 'Organization: acronym, where the sources use one' },
  { name: 'category', type: 'string', description: 'Organization: INTERGOVERNMENTAL, QUASI_GOVERNMENTAL or INTERNATIONAL_NGO' },
  { name: 'memberSummary', type: 'string', description: 'Organization: who its members are, as the sources summarise them' },
  { name: 'purpose', type: 'string', description: 'Organization: what it is for' },
  { name: 'title', type: 'string', description: 'Official: main title' },
  { name: SOURCE_DOCUMENT, property: 'source', type: 'string', description: 'id of the document the node comes from (see the GraphQL `sources` query)' },
  UPDATED_AT,
];

/** Edge attributes. `directed` is false for SISTER_OF: formats without per-edge direction (JSON, CSV) still say so. */
export const EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', property: null, type: 'string', description: 'the relationship type, e.g. MEMBER_OF' },
  { name: 'directed', property: null, type: 'boolean', description: 'false for SISTER_OF (a partnership has no direction), true otherwise' },
  { name: 'tier', type: 'string', description: 'SISTER_OF: SISTER or FRIENDSHIP' },
  { name: 'since', type: 'int', description: 'SISTER_OF, MEMBER_OF: year, where the sources state it' },
  { name: 'role', type: 'string', description: 'MEMBER_OF: the role the city holds' },
  { name: 'office', type: 'string', description: 'HOSTS: kind of office' },
  { name: 'on', type: 'string', description: 'MET_WITH: date, YYYY-MM-DD or YYYY-MM' },
  { name: 'topics', type: 'stringList', description: 'MET_WITH: topics discussed (a JSON array in GraphML, GEXF and CSV)' },
  { name: 'title', type: 'string', description: 'HOLDS_OFFICE: title of the office' },
  { name: SOURCE_DOCUMENT, property: 'source', type: 'string', description: 'id of the document the relationship comes from' },
  UPDATED_AT,
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

/** Which node labels and relationship types a projection or export includes. */
export interface GraphFilter {
  labels: readonly Label[];
  types: readonly RelType[];
}

export const FULL_GRAPH: GraphFilter = { labels: NODE_LABELS, types: RELATIONSHIP_TYPES };
