// Creates or updates the policy projects a city shared (one SHARES per city and project).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{city, project, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:City {id: row.city})
MATCH (b:PolicyProject {id: row.project})
MERGE (a)-[r:SHARES]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
