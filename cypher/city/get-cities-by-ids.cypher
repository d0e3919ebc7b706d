// Cities by id, in one batch (DataLoader); ids that match nothing are simply absent.
// @mode read
// @params ids: [string]
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
UNWIND $ids AS id
MATCH (c:City {id: id})
OPTIONAL MATCH (c)-[:LOCATED_IN]->(n:Nation)
RETURN c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: n.code} AS city
