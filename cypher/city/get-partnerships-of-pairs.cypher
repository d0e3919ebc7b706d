// The stored partnership of each pair of cities, read undirected (the import's classification): pairs without one
// are absent. Anchored on cityA, so a pair costs the degree of cityA, not a read of every partnership of its cities.
// @mode read
// Pairs as two columns (lists of scalars), as the import's CREATE statements take their rows.
// @params cityA: [string], cityB: [string] (the pairs' two ends, in order)
// @returns cityA, cityB, tier, since, source, updatedAt
UNWIND range(0, size($cityA) - 1) AS i
MATCH (:City {id: $cityA[i]})-[r:SISTER_OF]-(b:City {id: $cityB[i]})
RETURN $cityA[i] AS cityA, $cityB[i] AS cityB, r.tier AS tier, r.since AS since, r.source AS source, r.updatedAt AS updatedAt
