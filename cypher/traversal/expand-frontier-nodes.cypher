// The next level of a neighbourhood, cut in the store: the ids of the nodes one relationship of the given types away
// from a batch of nodes (ignoring direction), the first $limit by id in each branch, with the label of the frontier
// they were reached from (`via`). Rows are not distinct: a node reached twice (from two organizations, or as member
// and host of one) comes twice, so the caller merges the rows, drops the ids it already holds and asks again with a
// larger $limit when a branch was cut before it gave enough new ids. Memory stays bounded by $limit however many
// members a hub organization has. Only ids come back (labels are looked up for the nodes kept, afterwards), and
// neither DISTINCT nor the label of each reached node is computed before the cut: on the embedded engine at world
// scale each costs more than the expansion itself (docs/engines.md). `$anyType` skips the per-relationship type
// test when every type is followed (it costs 2 µs a relationship there).
// The frontier comes as one id list per label, each looked up through its label's index in its own UNION ALL branch
// (see find-nodes-by-ids.cypher for why).
// @mode read
// @params cities, nations, organizations, officials, policyProjects, rankings, events, statedFigures (ids of the frontier; nations by code), types: [relationship type], anyType: true when types lists every type, limit
// @returns via: label of the frontier branch, id: the reached node's id (a nation's code)
UNWIND $cities AS key
MATCH (:City {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'City' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $nations AS key
MATCH (:Nation {code: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'Nation' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $organizations AS key
MATCH (:Organization {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'Organization' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $officials AS key
MATCH (:Official {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'Official' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $policyProjects AS key
MATCH (:PolicyProject {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'PolicyProject' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $rankings AS key
MATCH (:Ranking {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'Ranking' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $events AS key
MATCH (:Event {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'Event' AS via, id
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $statedFigures AS key
MATCH (:StatedFigure {id: key})-[r]-(m)
WHERE $anyType OR type(r) IN $types
WITH CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN 'StatedFigure' AS via, id
ORDER BY id
LIMIT $limit
