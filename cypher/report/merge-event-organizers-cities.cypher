// Creates or updates who organizes an event, when it is a city (ORGANIZED_BY).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{event, organizer, role, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:Event {id: row.event})
MATCH (b:City {id: row.organizer})
MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = row.role, r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
