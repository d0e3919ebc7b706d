// How many organizations match the filters of list-organizations.
// @mode read
// @params category, memberCity, nameContains (each null = no filter)
// @returns count
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains)
       OR toLower(coalesce(o.acronym, '')) CONTAINS toLower($nameContains))
  AND ($category IS NULL OR o.category = $category)
  AND ($memberCity IS NULL OR COUNT { (:City {id: $memberCity})-[:MEMBER_OF]->(o) } > 0)
RETURN count(o) AS count
