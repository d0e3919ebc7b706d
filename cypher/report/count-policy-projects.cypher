// How many policy projects match the filters of list-policy-projects (its totalCount).
// @mode read
// @params sector, recipientId (each null = no filter)
// @returns count
MATCH (p:PolicyProject)
WHERE ($sector IS NULL OR p.sector = $sector)
  AND ($recipientId IS NULL OR COUNT { (p)<-[:RECEIVES]-(:City {id: $recipientId}) } > 0
    OR COUNT { (p)<-[:RECEIVES]-(:Nation {code: $recipientId}) } > 0
    OR COUNT { (p)<-[:RECEIVES]-(:City)-[:LOCATED_IN]->(:Nation {code: $recipientId}) } > 0)
RETURN count(p) AS count
