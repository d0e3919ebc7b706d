// One page of the cities that have a location, ordered by id after a keyset cursor, with their nation and its
// continent: the points of the GeoJSON export.
// @mode read
// @params afterId: string|null (null = first page), limit: int
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, nation, continent}
MATCH (c:City)
WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL AND ($afterId IS NULL OR c.id > $afterId)
WITH c ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (c)-[:LOCATED_IN]->(n:Nation)
RETURN c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, nation: n.code, continent: n.continent} AS city
ORDER BY city.id
