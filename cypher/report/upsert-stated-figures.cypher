// Creates or updates StatedFigure nodes by id, stamping each with the time of the write (bulk import).
// @mode write
// @params rows: [{id, measure, category, value, unit, period, asOf, quote, note, source}], updatedAt: ISO 8601 datetime or null
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (x:StatedFigure {id: row.id})
SET x.measure = row.measure, x.category = row.category, x.value = row.value, x.unit = row.unit, x.period = row.period, x.asOf = row.asOf, x.quote = row.quote, x.note = row.note, x.source = row.source, x.updatedAt = $updatedAt
RETURN count(x) AS merged
