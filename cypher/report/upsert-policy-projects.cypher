// Creates or updates PolicyProject nodes by id, stamping each with the time of the write (bulk import).
// @mode write
// @params rows: [{id, title, sector, category, kind, note, source}], updatedAt: ISO 8601 datetime or null
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (x:PolicyProject {id: row.id})
SET x.title = row.title, x.sector = row.sector, x.category = row.category, x.kind = row.kind, x.note = row.note, x.source = row.source, x.updatedAt = $updatedAt
RETURN count(x) AS merged
