// Creates cities the import knows are new (its classification found no city with the id), each located in its
// nation: no MERGE lookups and no old location to remove. A row whose nation does not exist is dropped: compare
// merged with the rows. Updated cities go through city/upsert-cities.
// @mode write
// @params rows: [{id, name, kind, nation, source, nationSource}], updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written
UNWIND $rows AS row
MATCH (n:Nation {code: row.nation})
CREATE (c:City {id: row.id})
SET c.name = row.name, c.kind = row.kind, c.source = row.source, c.updatedAt = $updatedAt
CREATE (c)-[l:LOCATED_IN]->(n)
SET l.source = coalesce(row.nationSource, row.source), l.updatedAt = $updatedAt
RETURN count(c) AS merged
