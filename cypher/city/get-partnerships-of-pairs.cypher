// The stored partnership of each pair of cities, read undirected (the import's classification): pairs without one
// are absent. Anchored on cityA, so a pair costs the degree of cityA, not a read of every partnership of its cities.
// @mode read
// @params rows: [{cityA, cityB}]
// @returns cityA, cityB, tier, since, source, updatedAt
UNWIND $rows AS row
MATCH (:City {id: row.cityA})-[r:SISTER_OF]-(b:City {id: row.cityB})
RETURN row.cityA AS cityA, row.cityB AS cityB, r.tier AS tier, r.since AS since, r.source AS source, r.updatedAt AS updatedAt
