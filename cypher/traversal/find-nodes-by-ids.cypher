// Nodes of any kind by id, in one batch: nations by ISO `code`, every other label by `id`.
// One indexed lookup per label, joined by UNION ALL: a label-free `MATCH (n) WHERE n.id IN $ids` would scan every
// node, and on the embedded engine both `WHERE n.id IN $list` and OPTIONAL MATCH on an unwound key scan the label
// for every key (quadratic), while UNWIND + MATCH on the key uses the index. No CALL subquery, so no `CALL ()`
// (Neo4j 5.21+) is needed.
// @mode read
// @params ids: [string]
// @returns node: {label: 'City'|'Nation'|'Organization'|'Official'|'PolicyProject'|'Ranking'|'Event'|'StatedFigure', id}
UNWIND $ids AS key
MATCH (n:City {id: key})
RETURN {label: 'City', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:Nation {code: key})
RETURN {label: 'Nation', id: n.code} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:Organization {id: key})
RETURN {label: 'Organization', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:Official {id: key})
RETURN {label: 'Official', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:PolicyProject {id: key})
RETURN {label: 'PolicyProject', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:Ranking {id: key})
RETURN {label: 'Ranking', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:Event {id: key})
RETURN {label: 'Event', id: n.id} AS node
UNION ALL
UNWIND $ids AS key
MATCH (n:StatedFigure {id: key})
RETURN {label: 'StatedFigure', id: n.id} AS node
