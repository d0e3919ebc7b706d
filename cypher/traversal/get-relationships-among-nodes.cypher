// The relationships of the given types whose two ends are both in a set of nodes (the subgraph the set induces),
// each once, in their stored direction. The set comes as one id list per label. Relationships are stored from
// cities, officials, nations, events and stated figures only (see RelationshipType), so each of those is looked up through its label's index in
// its own UNION ALL branch (see find-nodes-by-ids.cypher for why), and the far end is tested against every list.
// The caller orders the rows (a UNION has no overall ORDER BY on Neo4j 5).
// @mode read
// @params cities, nations, organizations, officials, policyProjects, rankings, events, statedFigures (ids of the set; nations by code), types: [relationship type]
// @returns relationship: {type, source, target, properties}
UNWIND $cities AS key
MATCH (:City {id: key})-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials)
    OR (m:PolicyProject AND m.id IN $policyProjects)
    OR (m:Ranking AND m.id IN $rankings)
    OR (m:Event AND m.id IN $events)
    OR (m:StatedFigure AND m.id IN $statedFigures))
RETURN {type: type(r), source: key, target: CASE WHEN m:Nation THEN m.code ELSE m.id END, properties: properties(r)} AS relationship
UNION ALL
UNWIND $officials AS key
MATCH (:Official {id: key})-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials)
    OR (m:PolicyProject AND m.id IN $policyProjects)
    OR (m:Ranking AND m.id IN $rankings)
    OR (m:Event AND m.id IN $events)
    OR (m:StatedFigure AND m.id IN $statedFigures))
RETURN {type: type(r), source: key, target: CASE WHEN m:Nation THEN m.code ELSE m.id END, properties: properties(r)} AS relationship
UNION ALL
UNWIND $nations AS key
MATCH (:Nation {code: key})-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials)
    OR (m:PolicyProject AND m.id IN $policyProjects)
    OR (m:Ranking AND m.id IN $rankings)
    OR (m:Event AND m.id IN $events)
    OR (m:StatedFigure AND m.id IN $statedFigures))
RETURN {type: type(r), source: key, target: CASE WHEN m:Nation THEN m.code ELSE m.id END, properties: properties(r)} AS relationship
UNION ALL
UNWIND $events AS key
MATCH (:Event {id: key})-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials)
    OR (m:PolicyProject AND m.id IN $policyProjects)
    OR (m:Ranking AND m.id IN $rankings)
    OR (m:Event AND m.id IN $events)
    OR (m:StatedFigure AND m.id IN $statedFigures))
RETURN {type: type(r), source: key, target: CASE WHEN m:Nation THEN m.code ELSE m.id END, properties: properties(r)} AS relationship
UNION ALL
UNWIND $statedFigures AS key
MATCH (:StatedFigure {id: key})-[r]->(m)
WHERE type(r) IN $types
  AND ((m:City AND m.id IN $cities)
    OR (m:Nation AND m.code IN $nations)
    OR (m:Organization AND m.id IN $organizations)
    OR (m:Official AND m.id IN $officials)
    OR (m:PolicyProject AND m.id IN $policyProjects)
    OR (m:Ranking AND m.id IN $rankings)
    OR (m:Event AND m.id IN $events)
    OR (m:StatedFigure AND m.id IN $statedFigures))
RETURN {type: type(r), source: key, target: CASE WHEN m:Nation THEN m.code ELSE m.id END, properties: properties(r)} AS relationship
