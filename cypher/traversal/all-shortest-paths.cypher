// Every shortest path between two nodes over relationships of every type, ignoring direction (the engine's search),
// in a stable order (by the ids along the path, then the relationship types) and at most $limit of them.
// Paths that differ only in a relationship (Seoul is both a member and the host of WeGO) are distinct paths.
// The literal bound and the filter after WITH are explained in shortest-path.cypher.
// @mode read
// @params from, to (node ids; nations by code), maxHops, limit
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
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH
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
RETURN nodes, relationships
ORDER BY [n IN nodes | n.id], [r IN relationships | r.type]
LIMIT $limit
