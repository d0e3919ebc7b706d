// The partnerships (sister and friendship) of a batch of cities, read undirected, with each partner city.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here).
// @mode read
// @params ids: [string]
// @returns cityId, tier, since, source, updatedAt, partner: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[r:SISTER_OF]-(p:City)
RETURN cityId, r.tier AS tier, r.since AS since, r.source AS source, r.updatedAt AS updatedAt,
       p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: [(p)-[:LOCATED_IN]->(n:Nation) | n.code][0]} AS partner
ORDER BY cityId, partner.name, partner.id
