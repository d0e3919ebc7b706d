// The flagship traversal: the partner cities of a city that are members of organizations it is a member of.
// Anchored on the start city first (its organizations, then its partners): a good plan on both engines,
// where closing the cycle through a popular organization would expand all of its members.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here).
// @mode read
// @params cityId, minShared
// @returns partner: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}, organizations: [{id, name, ...}], sharedCount
MATCH (s:City {id: $cityId})-[:MEMBER_OF]->(o:Organization)
MATCH (s)-[:SISTER_OF]-(p:City)-[:MEMBER_OF]->(o)
WHERE p <> s
WITH DISTINCT p, o
ORDER BY o.name, o.id
WITH p, collect(o {.id, .name, .acronym, .category, .memberSummary, .purpose, .memberCount, .memberCountApproximate, .memberNations, .source, .updatedAt}) AS organizations
WITH p, organizations, size(organizations) AS sharedCount
WHERE sharedCount >= $minShared
RETURN p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: [(p)-[:LOCATED_IN]->(n:Nation) | n.code][0]} AS partner, organizations, sharedCount
ORDER BY sharedCount DESC, partner.name, partner.id
