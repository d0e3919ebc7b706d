// Creates or updates officials by id (idempotent).
// @mode write
// @params rows: [{id, name, title, source}]
// @returns merged
UNWIND $rows AS row
MERGE (o:Official {id: row.id})
SET o.name = row.name, o.title = row.title, o.source = row.source
RETURN count(o) AS merged
