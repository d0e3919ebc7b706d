// The co-membership network: pairs of cities that are members of the same organizations (the city–city projection
// of MEMBER_OF), each unordered pair once with the city first in (name, id) order, weighted by how many
// organizations they share; optionally only organizations of one category. Most shared first, then by names.
// Anchored on organizations, each expanding its own members: the pairs are quadratic in an organization's size.
// @mode read
// @params category (null = every organization), minShared, limit
// @returns cityA: city id, cityB: city id, organizations: [organization id, by name], sharedCount
MATCH (o:Organization)
WHERE $category IS NULL OR o.category = $category
MATCH (a:City)-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(b:City)
WHERE a.name < b.name OR (a.name = b.name AND a.id < b.id)
WITH DISTINCT a, b, o
ORDER BY o.name, o.id
WITH a, b, collect(o.id) AS organizations
WITH a, b, organizations, size(organizations) AS sharedCount
WHERE sharedCount >= $minShared
RETURN a.id AS cityA, b.id AS cityB, organizations, sharedCount
ORDER BY sharedCount DESC, a.name, b.name, cityA, cityB
LIMIT $limit
