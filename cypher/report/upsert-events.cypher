// Creates or updates Event nodes by id, stamping each with the time of the write (bulk import).
// @mode write
// @params rows: [{id, name, kind, on, note, source}], updatedAt: ISO 8601 datetime or null
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (x:Event {id: row.id})
SET x.name = row.name, x.kind = row.kind, x.on = row.on, x.note = row.note, x.source = row.source, x.updatedAt = $updatedAt
RETURN count(x) AS merged
