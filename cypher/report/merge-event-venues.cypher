// Creates or updates where events are held (HELD_IN).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{event, city, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:Event {id: row.event})
MATCH (b:City {id: row.city})
MERGE (a)-[r:HELD_IN]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
