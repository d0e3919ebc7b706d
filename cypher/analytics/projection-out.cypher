// The metric projection's relationships: for a batch of nodes of one label given by their keys (each looked up
// through the key's index), every outgoing relationship, as two parallel lists: the types and the targets' ids
// (ours, `id` or a nation's `code`, never the engine's). No properties, no maps: the least the kernels need. A node
// without outgoing relationships gives no row (the nodes themselves come from query/name-keys). The slot is
// `(s:Label {key: key})`, made by the fragment builder from the graph model (src/store/query/compile.ts,
// keyedSource). Batches by key, not keyset pages over every node in id order: on the embedded engine such a page
// scanned and sorted the whole node set (6.6 s for the first 1,000 of 100,000 cities; docs/performance.md).
// @mode read
// @slots source
// @params keys: [string]
// @returns source, types: [string], targets: [string]
UNWIND $keys AS key
MATCH /*@source{*/ (s:City {id: key}) /*}*/-[r]->(t)
RETURN key AS source, collect(type(r)) AS types, collect(coalesce(t.id, t.code)) AS targets
