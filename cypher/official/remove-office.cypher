// Deletes an office an official holds in a city, an organization or a nation.
// @mode write
// @params official, targetLabel: 'City'|'Organization'|'Nation', target, title
// @returns removed: 0 or 1
MATCH (:Official {id: $official})-[h:HOLDS_OFFICE {title: $title}]->(t)
WHERE ($targetLabel = 'City' AND t:City AND t.id = $target)
   OR ($targetLabel = 'Organization' AND t:Organization AND t.id = $target)
   OR ($targetLabel = 'Nation' AND t:Nation AND t.code = $target)
DELETE h
RETURN count(h) AS removed
