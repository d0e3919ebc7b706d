// One page per node of a batch over one of its relations (`partnersConnection`, `membersConnection`, …): each node is
// looked up by key through its index, its relationships filtered, ordered and cut after a keyset position, then at
// most `limit` kept per node. The relation, filter, position and order are slots only src/store/query/compile.ts
// fills from the graph model's names, with every value a parameter. The related nodes are read by key afterwards.
// @mode read
// @slots match, where, after, order, key
// @params keys: [key of the start nodes], limit
// @returns key, rows: [{target: key of the related node, edge: properties of the relationship}]
UNWIND $keys AS key
MATCH /*@match{*/ (s:City {id: key})-[r:SISTER_OF]-(t:City) /*}*/
WHERE /*@where{*/ true /*}*/
  AND /*@after{*/ true /*}*/
WITH key, r, t
ORDER BY key, /*@order{*/ t.name, t.id /*}*/
WITH key, collect({target: /*@key{*/ t.id /*}*/, edge: properties(r)}) AS rows
RETURN key, rows[0..$limit] AS rows
