// The degree of one node (by its key) in one relationship type on one side: the cost estimate sizes a relationship
// list hanging off a node the operation names (`city(id: …) { partners … }`) by that node's own degree, not the
// hub's. The slot is made by the fragment builder from the graph model (src/store/query/compile.ts, degreePattern);
// an unknown key gives 0.
// @mode read
// @slots match
// @params key (the node's key, in the default pattern; the fragment builder's pattern names it $p0)
// @returns degree
MATCH /*@match{*/ (a:City {id: $key})-[r:SISTER_OF]-() /*}*/
RETURN count(r) AS degree
