// Creates memberships the import knows are new (no MEMBER_OF from the city to the organization).
// A row whose city or organization does not exist is dropped: compare merged with the rows.
// Properties in the CREATE pattern (a null one is not stored, as with SET): 15-20% faster than SET on the embedded engine.
// Columns (one list of scalars per field) rather than a list of maps: ~20% less engine CPU per row on the embedded engine
// (docs/performance.md, Round 3).
// @mode write
// @params city, organization, since, role, source: one list each (a column of the rows), updatedAt: ISO 8601 datetime
// @returns merged
UNWIND range(0, size($city) - 1) AS i
MATCH (c:City {id: $city[i]})
MATCH (o:Organization {id: $organization[i]})
CREATE (c)-[m:MEMBER_OF {since: $since[i], role: $role[i], source: $source[i], updatedAt: $updatedAt}]->(o)
RETURN count(m) AS merged
