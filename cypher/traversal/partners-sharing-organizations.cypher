// The flagship traversal: the partner cities of a city that are members of organizations it is a member of, and
// whether the city exists, in one statement (one row, even for an unknown city or one without such partners).
// Anchored on the start city: its organizations' ids first (a pattern comprehension), then its partners and their
// memberships in those; closing the cycle through the organization node instead was slower on the embedded engine
// (1.8× on the world-scale hub), and closing it from the partners' side expands every member of a popular organization.
// The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH of it scans the graph here); it comes
// whole (the columns of nation/get-nations-by-codes), so `partner { nation { name } }` needs no second statement.
// `found` is 1 when the city exists, else 0. The existence check is a `WITH collect(…)` (an aggregate without grouping keys: one row over no rows), then a
// COUNT subquery in the RETURN; put in the same RETURN as the collect, it would be a grouping key, and no row come back.
// @mode read
// @params cityId, minShared, limit (the first partners to keep, or null for all)
// @returns partners: [{partner: {id, name, kind, latitude, longitude, geonameId, locationSource, source, updatedAt, nation}, nation: {code, name, continent, continentSource, source, updatedAt} or null, organizations: [{id, name, ...}], sharedCount}], found
MATCH (s:City {id: $cityId})
WITH s, [(s)-[:MEMBER_OF]->(m:Organization) | m.id] AS mine
MATCH (s)-[:SISTER_OF]-(p:City)-[:MEMBER_OF]->(o:Organization)
WHERE p <> s AND o.id IN mine
WITH DISTINCT p, o
ORDER BY o.name, o.id
WITH p, collect(o {.id, .name, .acronym, .category, .memberSummary, .purpose, .memberCount, .memberCountApproximate, .memberNations, .source, .updatedAt}) AS organizations
WITH p, organizations, size(organizations) AS sharedCount
WHERE sharedCount >= $minShared
WITH p, organizations, sharedCount, [(p)-[:LOCATED_IN]->(n:Nation) | n {.code, .name, .continent, .continentSource, .source, .updatedAt}][0] AS nation
WITH p {.id, .name, .kind, .latitude, .longitude, .geonameId, .locationSource, .source, .updatedAt, nation: nation.code} AS partner, nation, organizations, sharedCount
ORDER BY sharedCount DESC, partner.name, partner.id
WITH collect({partner: partner, nation: nation, organizations: organizations, sharedCount: sharedCount}) AS partners
RETURN CASE WHEN $limit IS NULL THEN partners ELSE partners[..$limit] END AS partners, COUNT { (c:City {id: $cityId}) } AS found
