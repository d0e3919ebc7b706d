// How many nodes have each degree, for one relationship type on one side: `out` (relationships starting at the
// node), `in` (ending at it), `both` (either way, for the mutual types). The cost estimate reads its list sizes from
// it. The slot is the typed pattern the fragment builder makes from the graph model (src/store/query/compile.ts,
// degreePattern), so the engine expands one relationship type from one label: at 1,000,000 relationships, 0.3–0.8 s
// for the largest types where one untyped pattern for every type took 24 s (docs/performance.md).
// @mode read
// @slots match
// @returns degree, nodes
MATCH /*@match{*/ (a:City)-[r:SISTER_OF]-() /*}*/
WITH a, count(r) AS degree
RETURN degree, count(*) AS nodes
