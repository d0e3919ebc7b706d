// Every shortest path between two nodes over relationships of every type, ignoring direction (the engine's search),
// in a stable order (by the ids along the path, then the relationship types) and at most $limit of them.
// Paths that differ only in a relationship (Seoul is both a member and the host of WeGO) are distinct paths.
// The literal bound and the filter after WITH are explained in shortest-path.cypher.
// @mode read
// @params from, to (node ids; nations by code), maxHops, limit
// @returns nodes: [{label, id}], relationships: [{type, source, target, properties}]
OPTIONAL MATCH (c:City {id: $from})
OPTIONAL MATCH (n:Nation {code: $from})
OPTIONAL MATCH (o:Organization {id: $from})
OPTIONAL MATCH (f:Official {id: $from})
OPTIONAL MATCH (pp:PolicyProject {id: $from})
OPTIONAL MATCH (rk:Ranking {id: $from})
OPTIONAL MATCH (ev:Event {id: $from})
OPTIONAL MATCH (sf:StatedFigure {id: $from})
WITH coalesce(c, n, o, f, pp, rk, ev, sf) AS a
OPTIONAL MATCH (c:City {id: $to})
OPTIONAL MATCH (n:Nation {code: $to})
OPTIONAL MATCH (o:Organization {id: $to})
OPTIONAL MATCH (f:Official {id: $to})
OPTIONAL MATCH (pp:PolicyProject {id: $to})
OPTIONAL MATCH (rk:Ranking {id: $to})
OPTIONAL MATCH (ev:Event {id: $to})
OPTIONAL MATCH (sf:StatedFigure {id: $to})
WITH a, coalesce(c, n, o, f, pp, rk, ev, sf) AS b
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p,
  [n IN nodes(p) | CASE WHEN n:Nation THEN n.code ELSE n.id END] AS ids,
  [r IN relationships(p) | type(r)] AS types
RETURN
  [n IN nodes(p) | {
    label: head(labels(n)),
    id: CASE WHEN n:Nation THEN n.code ELSE n.id END
  }] AS nodes,
  [r IN relationships(p) | {
    type: type(r),
    source: CASE WHEN 'Nation' IN labels(startNode(r)) THEN startNode(r).code ELSE startNode(r).id END,
    target: CASE WHEN 'Nation' IN labels(endNode(r)) THEN endNode(r).code ELSE endNode(r).id END,
    properties: properties(r)
  }] AS relationships
ORDER BY ids, types
LIMIT $limit
