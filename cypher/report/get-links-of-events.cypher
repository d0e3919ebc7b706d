// Where a batch of events are held, who organizes them and what they were part of, as node references.
// @mode read
// @params ids: [string]
// @returns event, type: 'HELD_IN'|'ORGANIZED_BY'|'PART_OF', label, id, role
UNWIND $ids AS event
MATCH (:Event {id: event})-[r:HELD_IN|ORGANIZED_BY|PART_OF]->(n)
RETURN event, type(r) AS type, [l IN labels(n) WHERE l IN ['City', 'Organization', 'Official', 'Event']][0] AS label, n.id AS id, r.role AS role
ORDER BY event, type, id
