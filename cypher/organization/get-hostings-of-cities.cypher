// The organization offices hosted by a batch of cities.
// @mode read
// @params ids: [string]
// @returns cityId, organizationId, office, source, updatedAt
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[h:HOSTS]->(o:Organization)
RETURN cityId, o.id AS organizationId, h.office AS office, h.source AS source, h.updatedAt AS updatedAt
ORDER BY cityId, organizationId
