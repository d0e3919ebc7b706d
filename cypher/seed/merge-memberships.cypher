// Creates or updates organization memberships (idempotent; city and organization must exist).
// @mode write
// @params rows: [{city, organization, since, role, source}]
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MATCH (o:Organization {id: row.organization})
MERGE (c)-[m:MEMBER_OF]->(o)
SET m.since = row.since, m.role = row.role, m.source = row.source
RETURN count(m) AS merged
