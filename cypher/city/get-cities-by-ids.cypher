// Cities by id, in one batch (DataLoader); ids that match nothing are simply absent.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here). It
// comes whole as well (the columns of nation/get-nations-by-codes): `city(id:) { nation { name } }` is then one
// statement, not a second round trip for the nation.
// @mode read
// @params ids: [string]
// @returns city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}, nation: {code, name, continent, continentSource, source, updatedAt} or null
UNWIND $ids AS id
MATCH (c:City {id: id})
WITH c, [(c)-[:LOCATED_IN]->(n:Nation) | n {.code, .name, .continent, .continentSource, .source, .updatedAt}][0] AS nation
RETURN c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: nation.code} AS city, nation
