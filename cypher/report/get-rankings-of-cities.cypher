// The places of a batch of cities in international indexes, by index then scope.
// @mode read
// @params ids: [string]
// @returns cityId, ranking: {id, index, publisher, rank, scope, asOf, detail, note, source, updatedAt}
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[:RANKED]->(r:Ranking)
RETURN cityId, r {.id, .index, .publisher, .rank, .scope, .asOf, .detail, .note, .source, .updatedAt} AS ranking
ORDER BY cityId, ranking.index, ranking.scope
