// One page of organizations matching optional filters, ordered by name then id, after a keyset cursor.
// @mode read
// @params category, memberCity, nameContains (each null = no filter), afterName, afterId, limit
// @returns organization: {id, name, acronym, category, memberSummary, purpose, memberCount, memberCountApproximate, memberNations, source, updatedAt}
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains)
       OR toLower(coalesce(o.acronym, '')) CONTAINS toLower($nameContains))
  AND ($category IS NULL OR o.category = $category)
  AND ($memberCity IS NULL OR COUNT { (:City {id: $memberCity})-[:MEMBER_OF]->(o) } > 0)
  AND ($afterName IS NULL OR o.name > $afterName OR (o.name = $afterName AND o.id > $afterId))
RETURN o {.id, .name, .acronym, .category, .memberSummary, .purpose, .memberCount, .memberCountApproximate, .memberNations, .source, .updatedAt} AS organization
ORDER BY organization.name, organization.id
LIMIT $limit
