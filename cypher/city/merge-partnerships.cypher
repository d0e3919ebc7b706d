// Creates or updates partnerships: one undirected SISTER_OF per pair of cities, whatever the order of the pair.
// A row whose cities do not both exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{cityA, cityB, tier, since, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (a:City {id: row.cityA})
MATCH (b:City {id: row.cityB})
MERGE (a)-[r:SISTER_OF]-(b)
SET r.tier = row.tier, r.since = row.since, r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
