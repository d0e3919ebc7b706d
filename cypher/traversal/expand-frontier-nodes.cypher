// The next level of a neighbourhood, cut in the store: the distinct nodes one relationship of the given types away
// from a batch of nodes (ignoring direction), the first $limit by id. A node in several branches (reached from a
// city and from an organization) comes once per branch; the caller merges the branches, drops the nodes it already
// holds (so it asks for its limit plus how many it holds) and keeps the first by id. Memory stays bounded by the
// limit however many members a hub organization has, unlike expand-frontier.cypher, which returns every relationship.
// The frontier comes as one id list per label, each looked up through its label's index in its own UNION ALL branch
// (see find-nodes-by-ids.cypher for why).
// @mode read
// @params cities, nations, organizations, officials, policyProjects, rankings, events, statedFigures (ids of the frontier; nations by code), types: [relationship type], limit
// @returns node: {label, id}
UNWIND $cities AS key
MATCH (:City {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $nations AS key
MATCH (:Nation {code: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $organizations AS key
MATCH (:Organization {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $officials AS key
MATCH (:Official {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $policyProjects AS key
MATCH (:PolicyProject {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $rankings AS key
MATCH (:Ranking {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $events AS key
MATCH (:Event {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
UNION ALL
UNWIND $statedFigures AS key
MATCH (:StatedFigure {id: key})-[r]-(m)
WHERE type(r) IN $types
WITH DISTINCT m
WITH m, CASE WHEN m:Nation THEN m.code ELSE m.id END AS id
RETURN {label: head(labels(m)), id: id} AS node
ORDER BY id
LIMIT $limit
