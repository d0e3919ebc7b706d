// The organization memberships of a batch of cities.
// @mode read
// @params ids: [string]
// @returns cityId, organizationId, since, role, source, updatedAt
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[m:MEMBER_OF]->(o:Organization)
RETURN cityId, o.id AS organizationId, m.since AS since, m.role AS role, m.source AS source, m.updatedAt AS updatedAt
ORDER BY cityId, organizationId
