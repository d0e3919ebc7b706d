// One page of nations, optionally filtered by name, ordered by name then code, after a keyset cursor.
// @mode read
// @params nameContains, afterName, afterId, limit
// @returns nation: {code, name, source, updatedAt}
MATCH (n:Nation)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.code > $afterId))
RETURN n {.code, .name, .source, .updatedAt} AS nation
ORDER BY nation.name, nation.code
LIMIT $limit
