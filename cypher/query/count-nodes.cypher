// How many nodes of one label match a filter (the totalCount of find-nodes); slots filled by src/store/query/compile.ts.
// @mode read
// @slots match, where
// @returns count
MATCH /*@match{*/ (n:City) /*}*/
WHERE /*@where{*/ true /*}*/
RETURN count(n) AS count
