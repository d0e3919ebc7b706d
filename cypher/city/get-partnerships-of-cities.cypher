// The partnerships (sister and friendship) of a batch of cities, read undirected, with each partner city.
// @mode read
// @params ids: [string]
// @returns cityId, tier, since, source, updatedAt, partner: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[r:SISTER_OF]-(p:City)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(n:Nation)
RETURN cityId, r.tier AS tier, r.since AS since, r.source AS source, r.updatedAt AS updatedAt,
       p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: n.code} AS partner
ORDER BY cityId, partner.name, partner.id
