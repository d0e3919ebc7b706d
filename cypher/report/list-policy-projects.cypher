// One page of policy projects, optionally of one sector and/or shared with one city or nation (`recipientId`: a
// city id or a nation code; a nation matches the projects of its cities too), ordered by title then id.
// @mode read
// @params sector, recipientId (each null = no filter), afterName, afterId, limit
// @returns project: {id, title, sector, category, kind, note, source, updatedAt}
MATCH (p:PolicyProject)
WHERE ($sector IS NULL OR p.sector = $sector)
  AND ($recipientId IS NULL OR COUNT { (p)<-[:RECEIVES]-(:City {id: $recipientId}) } > 0
    OR COUNT { (p)<-[:RECEIVES]-(:Nation {code: $recipientId}) } > 0
    OR COUNT { (p)<-[:RECEIVES]-(:City)-[:LOCATED_IN]->(:Nation {code: $recipientId}) } > 0)
  AND ($afterName IS NULL OR p.title > $afterName OR (p.title = $afterName AND p.id > $afterId))
RETURN p {.id, .title, .sector, .category, .kind, .note, .source, .updatedAt} AS project
ORDER BY project.title, project.id
LIMIT $limit
