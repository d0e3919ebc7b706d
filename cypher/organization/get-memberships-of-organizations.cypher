// The member cities of a batch of organizations.
// @mode read
// @params ids: [string]
// @returns cityId, organizationId, since, role, source, updatedAt
UNWIND $ids AS organizationId
MATCH (c:City)-[m:MEMBER_OF]->(:Organization {id: organizationId})
RETURN c.id AS cityId, organizationId, m.since AS since, m.role AS role, m.source AS source, m.updatedAt AS updatedAt
ORDER BY organizationId, cityId
