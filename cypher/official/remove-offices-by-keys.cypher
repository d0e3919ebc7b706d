// Deletes offices by official, target and title: undoes the offices an import created. Keys without one are
// skipped, so undoing twice is harmless. Anchored on the official (few offices each).
// @mode write
// @params rows: [{official, targetLabel: 'City'|'Organization'|'Nation', target, title}]
// @returns removed
UNWIND $rows AS row
MATCH (:Official {id: row.official})-[h:HOLDS_OFFICE {title: row.title}]->(t)
WHERE (row.targetLabel = 'City' AND t:City AND t.id = row.target)
   OR (row.targetLabel = 'Organization' AND t:Organization AND t.id = row.target)
   OR (row.targetLabel = 'Nation' AND t:Nation AND t.code = row.target)
DELETE h
RETURN count(h) AS removed
