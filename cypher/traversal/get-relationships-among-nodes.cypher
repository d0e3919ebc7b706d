// The relationships of the given types whose two ends are both in a set of nodes (the subgraph the set induces),
// each once, in their stored direction, ordered by type and ends. The set comes as one id list per label, looked
// up as in find-nodes-by-ids.cypher; the far end is tested against the same lists.
// @mode read
// @params cities, nations, organizations, officials (ids of the set; nations by code), types: [relationship type]
// @returns relationship: {type, source, target, properties}
OPTIONAL MATCH (c:City) WHERE c.id IN $cities
WITH collect(c) AS cities
OPTIONAL MATCH (n:Nation) WHERE n.code IN $nations
WITH cities, collect(n) AS nations
OPTIONAL MATCH (o:Organization) WHERE o.id IN $organizations
WITH cities, nations, collect(o) AS organizations
OPTIONAL MATCH (f:Official) WHERE f.id IN $officials
WITH cities, nations, organizations, collect(f) AS officials
UNWIND cities + nations + organizations + officials AS n
MATCH (n)-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials))
WITH r,
  CASE WHEN n:Nation THEN n.code ELSE n.id END AS source,
  CASE WHEN m:Nation THEN m.code ELSE m.id END AS target
RETURN {type: type(r), source: source, target: target, properties: properties(r)} AS relationship
ORDER BY relationship.type, relationship.source, relationship.target
