// One shortest path between two nodes over relationships of every type, ignoring direction (the engine's search).
// A variable-length upper bound must be a literal on both engines, so the pattern has the API's cap (10) and
// `$maxHops` filters after a WITH: in the MATCH's own WHERE, a predicate the shortest path fails makes Neo4j fall
// back to an exhaustive search of longer paths. Relationship-type filters (`via`) are not here: the embedded engine
// applies a WHERE on relationships(p) after its search instead of during it (see src/traversals/paths.ts).
// @mode read
// @params from, to (node ids; nations by code), maxHops
// @returns nodes: [{label, id}], relationships: [{type, source, target, properties}]
CALL () {
  MATCH (n:City {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Nation {code: $from}) RETURN n AS a
  UNION
  MATCH (n:Organization {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Official {id: $from}) RETURN n AS a
}
CALL () {
  MATCH (n:City {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Nation {code: $to}) RETURN n AS b
  UNION
  MATCH (n:Organization {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Official {id: $to}) RETURN n AS b
}
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN
  [n IN nodes(p) | {
    label: CASE WHEN n:City THEN 'City' WHEN n:Nation THEN 'Nation' WHEN n:Organization THEN 'Organization' WHEN n:Official THEN 'Official' END,
    id: CASE WHEN n:Nation THEN n.code ELSE n.id END
  }] AS nodes,
  [r IN relationships(p) | {
    type: type(r),
    source: CASE WHEN 'Nation' IN labels(startNode(r)) THEN startNode(r).code ELSE startNode(r).id END,
    target: CASE WHEN 'Nation' IN labels(endNode(r)) THEN endNode(r).code ELSE endNode(r).id END,
    properties: properties(r)
  }] AS relationships
