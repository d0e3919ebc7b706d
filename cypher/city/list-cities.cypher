// One page of cities matching optional filters, ordered by name then id, after a keyset cursor. The page is cut
// before the projection, so the nation is looked up for its cities only.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here).
// @mode read
// @params nation, continent, kind, tier, partnerOf, nameContains (each null = no filter), afterName, afterId, limit
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
MATCH (c:City)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($nation IS NULL OR COUNT { (c)-[:LOCATED_IN]->(:Nation {code: $nation}) } > 0)
  AND ($continent IS NULL OR COUNT { (c)-[:LOCATED_IN]->(:Nation {continent: $continent}) } > 0)
  AND (($tier IS NULL AND $partnerOf IS NULL)
    OR COUNT { (c)-[r:SISTER_OF]-(p:City) WHERE ($tier IS NULL OR r.tier = $tier) AND ($partnerOf IS NULL OR p.id = $partnerOf) } > 0)
  AND ($afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
WITH c
ORDER BY c.name, c.id
LIMIT $limit
RETURN c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: [(c)-[:LOCATED_IN]->(n:Nation) | n.code][0]} AS city
ORDER BY city.name, city.id
