// Creates or updates the city a stated figure is about (ABOUT).
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{figure, city, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:StatedFigure {id: row.figure})
MATCH (b:City {id: row.city})
MERGE (a)-[r:ABOUT]->(b)
SET r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
