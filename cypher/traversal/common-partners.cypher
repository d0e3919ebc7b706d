// The partner cities two cities have in common (a city partnered with both), by name.
// Anchored on the first city, then on the second, so neither engine expands every partnership of a popular partner.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here).
// @mode read
// @params cityA, cityB
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
MATCH (:City {id: $cityA})-[:SISTER_OF]-(p:City)
MATCH (p)-[:SISTER_OF]-(:City {id: $cityB})
WITH DISTINCT p
RETURN p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: [(p)-[:LOCATED_IN]->(n:Nation) | n.code][0]} AS city
ORDER BY city.name, city.id
