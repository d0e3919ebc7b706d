// How many relationships of one relation match a filter, per node of a batch (the totalCount of find-related);
// slots filled by src/store/query/compile.ts. Nodes with none give no row.
// @mode read
// @slots match, where
// @params keys: [key of the start nodes]
// @returns key, count
UNWIND $keys AS key
MATCH /*@match{*/ (s:City {id: key})-[r:SISTER_OF]-(t:City) /*}*/
WHERE /*@where{*/ true /*}*/
RETURN key, count(t) AS count
