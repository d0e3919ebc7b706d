// Creates memberships the import knows are new (no MEMBER_OF from the city to the organization).
// A row whose city or organization does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{city, organization, since, role, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MATCH (o:Organization {id: row.organization})
CREATE (c)-[m:MEMBER_OF]->(o)
SET m.since = row.since, m.role = row.role, m.source = row.source, m.updatedAt = $updatedAt
RETURN count(m) AS merged
