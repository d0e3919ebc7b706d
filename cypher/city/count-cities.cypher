// How many cities match the filters of list-cities (its totalCount).
// @mode read
// @params nation, continent, kind, tier, partnerOf, nameContains (each null = no filter)
// @returns count
MATCH (c:City)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($nation IS NULL OR COUNT { (c)-[:LOCATED_IN]->(:Nation {code: $nation}) } > 0)
  AND ($continent IS NULL OR COUNT { (c)-[:LOCATED_IN]->(:Nation {continent: $continent}) } > 0)
  AND (($tier IS NULL AND $partnerOf IS NULL)
    OR COUNT { (c)-[r:SISTER_OF]-(p:City) WHERE ($tier IS NULL OR r.tier = $tier) AND ($partnerOf IS NULL OR p.id = $partnerOf) } > 0)
RETURN count(c) AS count
