// Creates partnerships the import knows are new (no SISTER_OF between the two cities, either way): CREATE instead of
// MERGE, which would read the relationships of the first city for each row. Stored from cityA to cityB, read
// undirected. A row whose cities do not both exist is dropped: compare merged with the rows.
// Properties in the CREATE pattern (a null one is not stored, as with SET): 15-20% faster than SET on the embedded engine.
// Columns (one list of scalars per field) rather than a list of maps: ~20% less engine CPU per row on the embedded engine
// (docs/performance.md, Round 3).
// @mode write
// @params cityA, cityB, tier, since, source: one list each (a column of the rows), updatedAt: ISO 8601 datetime
// @returns merged
UNWIND range(0, size($cityA) - 1) AS i
MATCH (a:City {id: $cityA[i]})
MATCH (b:City {id: $cityB[i]})
CREATE (a)-[r:SISTER_OF {tier: $tier[i], since: $since[i], source: $source[i], updatedAt: $updatedAt}]->(b)
RETURN count(r) AS merged
