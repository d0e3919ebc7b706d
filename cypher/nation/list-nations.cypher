// One page of nations, optionally filtered by name, ordered by name then code, after a keyset cursor.
// @mode read
// @params nameContains, continent, afterName, afterId, limit
// @returns nation: {code, name, continent, continentSource, source, updatedAt}
MATCH (n:Nation)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($continent IS NULL OR n.continent = $continent)
  AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.code > $afterId))
RETURN n {.code, .name, .continent, .continentSource, .source, .updatedAt} AS nation
ORDER BY nation.name, nation.code
LIMIT $limit
