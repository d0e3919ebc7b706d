// One shortest path between two nodes over relationships of every type, ignoring direction (the engine's search).
// A variable-length upper bound must be a literal on both engines, so the pattern has the API's cap (10) and
// `$maxHops` filters after a WITH: in the MATCH's own WHERE, a predicate the shortest path fails makes Neo4j fall
// back to an exhaustive search of longer paths. Relationship-type filters (`via`) are not here: the embedded engine
// applies a WHERE on relationships(p) after its search instead of during it (see src/services/paths.ts).
// @mode read
// @params from, to (node ids; nations by code), maxHops
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
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
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
