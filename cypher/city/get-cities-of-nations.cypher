// The cities located in a batch of nations.
// @mode read
// @params codes: [string]
// @returns code, city: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}
UNWIND $codes AS code
MATCH (c:City)-[:LOCATED_IN]->(:Nation {code: code})
RETURN code, c {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: code} AS city
ORDER BY code, city.name, city.id
