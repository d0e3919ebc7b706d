// Cities by id, in one batch (DataLoader); ids that match nothing are simply absent.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here).
// @mode read
// @params ids: [string]
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
UNWIND $ids AS id
MATCH (c:City {id: id})
RETURN c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: [(c)-[:LOCATED_IN]->(n:Nation) | n.code][0]} AS city
