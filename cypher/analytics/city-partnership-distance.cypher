// Length of a shortest chain of partnerships (SISTER_OF, either direction) between two cities, up to 6 hops (the
// analytics benchmark). The type is written in the pattern: the embedded engine returns no path when the type is
// filtered with `WHERE all(r IN relationships(p) WHERE type(r) IN $types)` instead.
// @mode read
// @params from: string, to: string (two different city ids)
// @returns length
MATCH (a:City {id: $from})
MATCH (b:City {id: $to})
MATCH p = shortestPath((a)-[:SISTER_OF*..6]-(b))
RETURN length(p) AS length
