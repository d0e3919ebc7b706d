// Creates or updates the organization offices cities host, one HOSTS per city and organization.
// A row whose city or organization does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{city, organization, office, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MATCH (o:Organization {id: row.organization})
MERGE (c)-[h:HOSTS]->(o)
SET h.office = row.office, h.source = row.source, h.updatedAt = $updatedAt
RETURN count(h) AS merged
