// Creates or updates cities by id and locates each in its nation (bulk import and upsertCity); run
// city/remove-old-locations first in the same transaction, so a city that moved keeps one LOCATED_IN.
// A row whose nation does not exist is dropped: compare merged with the rows.
// LOCATED_IN keeps its source unless the row gives a nationSource; a new one takes nationSource or source.
// @mode write
// @params rows: [{id, name, kind, latitude, longitude, geonameId, locationSource, nation, source, nationSource}], updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written (those whose nation exists)
UNWIND $rows AS row
MATCH (n:Nation {code: row.nation})
MERGE (c:City {id: row.id})
SET c.name = row.name, c.kind = row.kind, c.latitude = row.latitude, c.longitude = row.longitude, c.geonameId = row.geonameId,
    c.locationSource = row.locationSource, c.source = row.source, c.updatedAt = $updatedAt
MERGE (c)-[l:LOCATED_IN]->(n)
ON CREATE SET l.source = coalesce(row.nationSource, row.source), l.updatedAt = $updatedAt
ON MATCH SET l.source = coalesce(row.nationSource, l.source)
RETURN count(c) AS merged
