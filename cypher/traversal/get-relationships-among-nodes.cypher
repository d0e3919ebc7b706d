// The relationships of the given types whose two ends are both in a set of nodes (the subgraph the set induces),
// each once, in their stored direction, ordered by type and ends.
// @mode read
// @params cities, nations, organizations, officials (ids of the set; nations by code), types: [relationship type]
// @returns relationship: {type, source, target, properties}
CALL () {
  UNWIND $cities AS key
  MATCH (n:City {id: key})
  RETURN n
  UNION
  UNWIND $nations AS key
  MATCH (n:Nation {code: key})
  RETURN n
  UNION
  UNWIND $organizations AS key
  MATCH (n:Organization {id: key})
  RETURN n
  UNION
  UNWIND $officials AS key
  MATCH (n:Official {id: key})
  RETURN n
}
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
