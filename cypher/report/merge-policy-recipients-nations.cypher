// Creates or updates the nations a policy project was shared with, where only a nation is named (RECEIVES).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{recipient, project, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:Nation {code: row.recipient})
MATCH (b:PolicyProject {id: row.project})
MERGE (a)-[r:RECEIVES]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
