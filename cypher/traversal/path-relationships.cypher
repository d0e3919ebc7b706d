// The relationships along a path found by the two-ended search (src/services/path-meet.ts): for each hop, every
// relationship between its two nodes (either way, any type), read from the hop's `from` end, which the caller picks
// as the end with fewer relationships. `i` is the hop's position. Each branch looks `from` up through its label's
// index (ids are unique across labels; see find-nodes-by-ids.cypher); a nation's id is its code. At world scale on
// the embedded engine this read took 90-1,400 ms in traced searches, with the key bound by WITH or not, but 1-7 ms
// in a separate process on the same hops: not explained (docs/engines.md, "Degrees and neighbour ids").
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
