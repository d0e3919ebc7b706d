// Creates or updates nations by code (idempotent).
// @mode write
// @params rows: [{code, name, source}]
// @returns merged
UNWIND $rows AS row
MERGE (n:Nation {code: row.code})
SET n.name = row.name, n.source = row.source
RETURN count(n) AS merged
