// Creates or updates Ranking nodes by id, stamping each with the time of the write (bulk import).
// @mode write
// @params rows: [{id, index, publisher, rank, scope, asOf, detail, note, source}], updatedAt: ISO 8601 datetime or null
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (x:Ranking {id: row.id})
SET x.index = row.index, x.publisher = row.publisher, x.rank = row.rank, x.scope = row.scope, x.asOf = row.asOf, x.detail = row.detail, x.note = row.note, x.source = row.source, x.updatedAt = $updatedAt
RETURN count(x) AS merged
