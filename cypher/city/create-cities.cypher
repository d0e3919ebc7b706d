// Creates cities the import knows are new (its classification found no city with the id), each located in its
// nation: no MERGE lookups and no old location to remove. A row whose nation does not exist is dropped: compare
// merged with the rows. Updated cities go through city/upsert-cities.
// Properties in the CREATE pattern (a null one is not stored, as with SET): 15-20% faster than SET on the embedded engine.
// Columns (one list of scalars per field) rather than a list of maps: ~20% less engine CPU per row on the embedded engine
// (docs/performance.md, Round 3).
// @mode write
// @params id, name, kind, latitude, longitude, geonameId, locationSource, nation, source, nationSource: one list each (a column of the rows), updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written
UNWIND range(0, size($id) - 1) AS i
MATCH (n:Nation {code: $nation[i]})
CREATE (c:City {id: $id[i], name: $name[i], kind: $kind[i], latitude: $latitude[i], longitude: $longitude[i], geonameId: $geonameId[i],
  locationSource: $locationSource[i], source: $source[i], updatedAt: $updatedAt})
CREATE (c)-[:LOCATED_IN {source: coalesce($nationSource[i], $source[i]), updatedAt: $updatedAt}]->(n)
RETURN count(c) AS merged
