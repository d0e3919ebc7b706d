// One breadth-first step: every relationship of the given types between a batch of nodes and their neighbours,
// ignoring direction. Drives the type-filtered path search and the neighbourhoods one level at a time (the
// embedded engine filters shortestPath by relationship type only after its search; see src/traversals/graph-walks.ts).
// The frontier comes as one id list per label, looked up as in find-nodes-by-ids.cypher (one index per label).
// @mode read
// @params cities, nations, organizations, officials (ids of the frontier; nations by code), types: [relationship type]
// @returns from: {label, id}, to: {label, id}, relationship: {type, source, target, properties}
OPTIONAL MATCH (c:City) WHERE c.id IN $cities
WITH collect(c) AS cities
OPTIONAL MATCH (n:Nation) WHERE n.code IN $nations
WITH cities, collect(n) AS nations
OPTIONAL MATCH (o:Organization) WHERE o.id IN $organizations
WITH cities, nations, collect(o) AS organizations
OPTIONAL MATCH (f:Official) WHERE f.id IN $officials
WITH cities, nations, organizations, collect(f) AS officials
UNWIND cities + nations + organizations + officials AS n
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
WITH n, r, m,
  CASE WHEN n:Nation THEN n.code ELSE n.id END AS fromId,
  CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: CASE WHEN n:City THEN 'City' WHEN n:Nation THEN 'Nation' WHEN n:Organization THEN 'Organization' WHEN n:Official THEN 'Official' END, id: fromId} AS from,
  {label: CASE WHEN m:City THEN 'City' WHEN m:Nation THEN 'Nation' WHEN m:Organization THEN 'Organization' WHEN m:Official THEN 'Official' END, id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN fromId ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE fromId END,
    properties: properties(r)
  } AS relationship
