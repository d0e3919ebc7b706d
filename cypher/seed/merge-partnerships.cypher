// Creates or updates partnerships: one undirected SISTER_OF per pair of cities, whatever the order of the pair.
// @mode write
// @params rows: [{cityA, cityB, tier, since, source}]
// @returns merged
UNWIND $rows AS row
MATCH (a:City {id: row.cityA})
MATCH (b:City {id: row.cityB})
MERGE (a)-[r:SISTER_OF]-(b)
SET r.tier = row.tier, r.since = row.since, r.source = row.source
RETURN count(r) AS merged
