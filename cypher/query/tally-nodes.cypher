// The nodes of one label that match a filter, counted by one dimension (a city's kind, its nation, an organization's
// category): `aggregate { countBy(field:) }`. Slots filled by src/store/query/compile.ts; a null value counts the
// nodes without one.
// @mode read
// @slots match, where, value
// @returns value, count
MATCH /*@match{*/ (n:City) /*}*/
WHERE /*@where{*/ true /*}*/
WITH /*@value{*/ n.kind /*}*/ AS value
RETURN value, count(*) AS count
ORDER BY value
