// Creates or updates a city's places in indexes (RANKED).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{city, ranking, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:City {id: row.city})
MATCH (b:Ranking {id: row.ranking})
MERGE (a)-[r:RANKED]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
