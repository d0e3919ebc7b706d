// Puts back the LOCATED_IN of cities as they were before an import (its undo; run city/remove-old-locations first,
// so a city the import moved loses the new one): nation, source and time exactly as recorded.
// @mode write
// @params rows: [{id, nation, source, updatedAt}]
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.id})
MATCH (n:Nation {code: row.nation})
MERGE (c)-[l:LOCATED_IN]->(n)
SET l.source = row.source, l.updatedAt = row.updatedAt
RETURN count(l) AS merged
