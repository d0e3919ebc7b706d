// Creates or updates officials by id, stamping each with the time of the write (bulk import and upsertOfficial).
// @mode write
// @params rows: [{id, name, title, source}], updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (o:Official {id: row.id})
SET o.name = row.name, o.title = row.title, o.source = row.source, o.updatedAt = $updatedAt
RETURN count(o) AS merged
