// Creates or updates the organization offices a city hosts (one HOSTS per city, organization and office).
// @mode write
// @params rows: [{city, organization, office, source}]
// @returns merged
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MATCH (o:Organization {id: row.organization})
MERGE (c)-[h:HOSTS]->(o)
SET h.office = row.office, h.source = row.source
RETURN count(h) AS merged
