// Creates or updates the events a declaration was made at (PART_OF).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{event, partOf, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:Event {id: row.event})
MATCH (b:Event {id: row.partOf})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
