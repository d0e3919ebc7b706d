// Creates the organization offices the import knows are new (no HOSTS from the city to the organization).
// A row whose city or organization does not exist is dropped: compare merged with the rows.
// Properties in the CREATE pattern (a null one is not stored, as with SET): 15-20% faster than SET on the embedded engine.
// Columns (one list of scalars per field) rather than a list of maps: ~20% less engine CPU per row on the embedded engine
// (docs/performance.md, Round 3).
// @mode write
// @params city, organization, office, source: one list each (a column of the rows), updatedAt: ISO 8601 datetime
// @returns merged
UNWIND range(0, size($city) - 1) AS i
MATCH (c:City {id: $city[i]})
MATCH (o:Organization {id: $organization[i]})
CREATE (c)-[h:HOSTS {office: $office[i], source: $source[i], updatedAt: $updatedAt}]->(o)
RETURN count(h) AS merged
