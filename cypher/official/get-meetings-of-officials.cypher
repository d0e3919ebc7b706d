// The meetings of a batch of officials, read undirected: who they met, when and about what.
// @mode read
// @params ids: [string]
// @returns officialId, otherId, on, topics, source, updatedAt
UNWIND $ids AS officialId
MATCH (:Official {id: officialId})-[m:MET_WITH]-(other:Official)
RETURN officialId, other.id AS otherId, m.on AS on, m.topics AS topics, m.source AS source, m.updatedAt AS updatedAt
ORDER BY officialId, on, otherId
