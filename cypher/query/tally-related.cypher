// The relationships of one relation that match a filter, per node of a batch, counted by one dimension (a
// partnership's tier, the partner's nation or kind, an organization's category). Slots filled by
// src/store/query/compile.ts; a null value counts those without one.
// @mode read
// @slots match, where, value
// @params keys: [key of the start nodes]
// @returns key, value, count
UNWIND $keys AS key
MATCH /*@match{*/ (s:City {id: key})-[r:SISTER_OF]-(t:City) /*}*/
WHERE /*@where{*/ true /*}*/
WITH key, /*@value{*/ r.tier /*}*/ AS value
RETURN key, value, count(*) AS count
ORDER BY key, value
