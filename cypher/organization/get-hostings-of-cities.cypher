// The organization offices hosted by a batch of cities.
// @mode read
// @params ids: [string]
// @returns cityId, organizationId, office, source
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[h:HOSTS]->(o:Organization)
RETURN cityId, o.id AS organizationId, h.office AS office, h.source AS source
ORDER BY cityId, organizationId
