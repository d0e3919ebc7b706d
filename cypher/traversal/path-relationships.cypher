// The relationships along a path found by the two-ended search (src/services/path-meet.ts): for each hop, every
// relationship between its two nodes (either way, any type), read from the hop's `from` end, which the caller picks
// as the end with fewer relationships. `i` is the hop's position. Each branch looks `from` up through its label's
// index (ids are unique across labels; see find-nodes-by-ids.cypher); a nation's id is its code. The key is bound by
// WITH first: `MATCH (n:City {id: hop.from})` took 90-240 ms on the embedded engine at world scale, this 1-2 ms.
// @mode read
// @params hops: [{i, from, to}]
// @returns i, relationship: {type, source, target, properties}
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:City {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:Nation {code: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:Organization {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:Official {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:PolicyProject {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:Ranking {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:Event {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
UNION ALL
UNWIND $hops AS hop
WITH hop, hop.from AS key
MATCH (n:StatedFigure {id: key})-[r]-(m)
WHERE CASE WHEN m:Nation THEN m.code ELSE m.id END = hop.to
RETURN hop.i AS i, {
  type: type(r),
  source: CASE WHEN startNode(r) = n THEN key ELSE hop.to END,
  target: CASE WHEN startNode(r) = n THEN hop.to ELSE key END,
  properties: properties(r)
} AS relationship
