// The organizations two cities are both members of.
// @mode read
// @params cityA, cityB
// @returns organization: {id, name, acronym, category, memberSummary, purpose, memberCount, memberCountApproximate, memberNations, source, updatedAt}
MATCH (:City {id: $cityA})-[:MEMBER_OF]->(o:Organization)
MATCH (:City {id: $cityB})-[:MEMBER_OF]->(o)
WITH DISTINCT o
RETURN o {.id, .name, .acronym, .category, .memberSummary, .purpose, .memberCount, .memberCountApproximate, .memberNations, .source, .updatedAt} AS organization
ORDER BY organization.name, organization.id
