// Creates or updates cities by id and locates each in its nation (idempotent; the nation must exist).
// @mode write
// @params rows: [{id, name, kind, nation, source, nationSource}]
// @returns merged
UNWIND $rows AS row
MATCH (n:Nation {code: row.nation})
MERGE (c:City {id: row.id})
SET c.name = row.name, c.kind = row.kind, c.source = row.source
MERGE (c)-[l:LOCATED_IN]->(n)
SET l.source = row.nationSource
RETURN count(c) AS merged
