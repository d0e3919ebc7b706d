// The cities hosting offices of a batch of organizations.
// @mode read
// @params ids: [string]
// @returns cityId, organizationId, office, source, updatedAt
UNWIND $ids AS organizationId
MATCH (c:City)-[h:HOSTS]->(:Organization {id: organizationId})
RETURN c.id AS cityId, organizationId, h.office AS office, h.source AS source, h.updatedAt AS updatedAt
ORDER BY organizationId, cityId
