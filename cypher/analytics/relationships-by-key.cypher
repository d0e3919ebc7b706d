// The edge rows of the exports: for the nodes of one label given by their keys (each found through the key's
// index), their outgoing relationships of the given types to nodes with one of the given labels, with every
// property. One row per source node that has any; targets' ids are ours, never engine-internal. The slot is
// `(s:Label {key: key})`, made by the fragment builder from the graph model (src/store/query/compile.ts,
// keyedSource); the reader (src/services/projection.ts) orders the sources and, within one, the relationships.
// @mode read
// @slots source
// @params keys: [string], labels: [string], types: [string]
// @returns source, relationships: [{type, target, properties}]
UNWIND $keys AS key
MATCH /*@source{*/ (s:City {id: key}) /*}*/-[r]->(t)
WHERE type(r) IN $types AND size([l IN labels(t) WHERE l IN $labels]) > 0
RETURN key AS source, collect({type: type(r), target: coalesce(t.id, t.code), properties: properties(r)}) AS relationships
