// The partner cities two cities have in common (a city partnered with both), by name.
// Anchored on the first city, then on the second, so neither engine expands every partnership of a popular partner.
// @mode read
// @params cityA, cityB
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
MATCH (:City {id: $cityA})-[:SISTER_OF]-(p:City)
MATCH (p)-[:SISTER_OF]-(:City {id: $cityB})
WITH DISTINCT p
OPTIONAL MATCH (p)-[:LOCATED_IN]->(n:Nation)
RETURN p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: n.code} AS city
ORDER BY city.name, city.id
