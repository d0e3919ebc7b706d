// The node rows of the exports: the nodes of one label given by their keys, each found through the key's index,
// with every stored property. The id is ours (`id`, or `code` for a nation), never the engine's internal one. A key
// nobody has gives no row. The slot is `(s:Label {key: key})`, made by the fragment builder from the graph model
// (src/store/query/compile.ts, keyedSource); the reader (src/services/projection.ts) orders the keys and puts the
// rows in that order. By key, not keyset pages over every node in id order: on the embedded engine each such page
// scanned and sorted the whole node set (3.1–3.9 s a page of 1,000 at 100,000 cities; docs/performance.md).
// @mode read
// @slots source
// @params keys: [string]
// @returns id, properties: {...} (every stored property)
UNWIND $keys AS key
MATCH /*@source{*/ (s:City {id: key}) /*}*/
RETURN key AS id, properties(s) AS properties
