// One page of the nodes of one label (`cities(where:, sort:, first:, after:, last:, before:)`): the label, filter,
// keyset position and order are slots that only src/store/query/compile.ts fills, from the graph model's names, with
// every value a parameter. Returns the keys in order; the repository reads the entities by key (one more batch).
// @mode read
// @slots match, where, after, key, order
// @params limit
// @returns key
MATCH /*@match{*/ (n:City) /*}*/
WHERE /*@where{*/ true /*}*/
  AND /*@after{*/ true /*}*/
RETURN /*@key{*/ n.id /*}*/ AS key
ORDER BY /*@order{*/ n.name, n.id /*}*/
LIMIT $limit
