// Creates the organization offices the import knows are new (no HOSTS from the city to the organization).
// A row whose city or organization does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{city, organization, office, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MATCH (o:Organization {id: row.organization})
CREATE (c)-[h:HOSTS]->(o)
SET h.office = row.office, h.source = row.source, h.updatedAt = $updatedAt
RETURN count(h) AS merged
