// One page of officials, optionally filtered by name, ordered by name then id, after a keyset cursor.
// @mode read
// @params nameContains, afterName, afterId, limit
// @returns official: {id, name, title, source, updatedAt}
MATCH (o:Official)
WHERE ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains))
  AND ($afterName IS NULL OR o.name > $afterName OR (o.name = $afterName AND o.id > $afterId))
RETURN o {.id, .name, .title, .source, .updatedAt} AS official
ORDER BY official.name, official.id
LIMIT $limit
