// One breadth-first step: every relationship of the given types between a batch of nodes and their neighbours,
// ignoring direction. Drives the type-filtered path search and the neighbourhoods one level at a time (the
// embedded engine filters shortestPath by relationship type only after its search; see src/traversals/paths.ts).
// The frontier comes as one id list per label, so each lookup uses its label's index.
// @mode read
// @params cities, nations, organizations, officials (ids of the frontier; nations by code), types: [relationship type]
// @returns from: {label, id}, to: {label, id}, relationship: {type, source, target, properties}
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
