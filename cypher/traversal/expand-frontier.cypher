// One breadth-first step: every relationship of the given types between a batch of nodes and their neighbours,
// ignoring direction. Drives the type-filtered path search and the neighbourhoods one level at a time (the
// embedded engine filters shortestPath by relationship type only after its search; see src/services/paths.ts).
// The frontier comes as one id list per label, each looked up through its label's index in its own UNION ALL
// branch (see find-nodes-by-ids.cypher for why).
// @mode read
// @params cities, nations, organizations, officials, policyProjects, rankings, events, statedFigures (ids of the frontier; nations by code), types: [relationship type]
// @returns from: {label, id}, to: {label, id}, relationship: {type, source, target, properties}
UNWIND $cities AS key
MATCH (n:City {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'City', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $nations AS key
MATCH (n:Nation {code: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'Nation', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $organizations AS key
MATCH (n:Organization {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'Organization', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $officials AS key
MATCH (n:Official {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'Official', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $policyProjects AS key
MATCH (n:PolicyProject {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'PolicyProject', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $rankings AS key
MATCH (n:Ranking {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'Ranking', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $events AS key
MATCH (n:Event {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'Event', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
UNION ALL
UNWIND $statedFigures AS key
MATCH (n:StatedFigure {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH key, n, r, m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS toId
RETURN
  {label: 'StatedFigure', id: key} AS from,
  {label: head(labels(m)), id: toId} AS to,
  {
    type: type(r),
    source: CASE WHEN startNode(r) = n THEN key ELSE toId END,
    target: CASE WHEN startNode(r) = n THEN toId ELSE key END,
    properties: properties(r)
  } AS relationship
