// Creates or updates nations by code, stamping each with the time of the write (bulk import and upsertNation).
// @mode write
// @params rows: [{code, name, continent, continentSource, source}], updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (n:Nation {code: row.code})
SET n.name = row.name, n.continent = row.continent, n.continentSource = row.continentSource, n.source = row.source, n.updatedAt = $updatedAt
RETURN count(n) AS merged
