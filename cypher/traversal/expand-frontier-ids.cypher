// One level of the two-ended shortest-path search: for each node of a batch, the ids of its neighbours over
// relationships of every type, either way (a nation's code for a nation), one row per relationship (a node linked
// twice comes twice). Only ids: on the embedded engine each expression evaluated per row (a label map, DISTINCT, a
// type test, a WHERE on the far end) costs more than reading the relationship (docs/engines.md). The caller expands
// only nodes of modest degree this way (see src/services/path-meet.ts). The batch comes as one id list, looked up
// through each label's index in its own UNION ALL branch (ids are unique across labels; see find-nodes-by-ids.cypher).
// @mode read
// @params ids: [string] (nations by code)
// @returns from: the batch node's id, id: the neighbour's id
UNWIND $ids AS key
MATCH (:City {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:Nation {code: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:Organization {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:Official {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:PolicyProject {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:Ranking {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:Event {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
UNION ALL
UNWIND $ids AS key
MATCH (:StatedFigure {id: key})--(m)
RETURN key AS from, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
