// The relationships along a path found by the two-ended search (src/services/path-meet.ts): for each hop, every
// relationship between its two nodes (either way, any type), read from the hop's `from` end, which the caller picks
// as the end with fewer relationships. `i` is the hop's position. Each branch looks `from` up through its label's
// index (ids are unique across labels; see find-nodes-by-ids.cypher); a nation's id is its code.
// @mode read
// @params hops: [{i, from, to}]
// @returns i, relationship: {type, source, target, properties}
UNWIND $hops AS hop
MATCH (n:City {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:Nation {code: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:Organization {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:Official {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:PolicyProject {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:Ranking {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:Event {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
MATCH (n:StatedFigure {id: hop.from})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN hop.from ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE hop.from END,
  properties: properties(r)
} AS relationship
