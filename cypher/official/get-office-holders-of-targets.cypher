// The officials holding office in a batch of cities, organizations or nations (keys are "Label:id").
// @mode read
// @params keys: [{label, id}]
// @returns key, officialId, title, source, updatedAt
UNWIND $keys AS key
MATCH (o:Official)-[h:HOLDS_OFFICE]->(t)
WHERE (key.label = 'City' AND t:City AND t.id = key.id)
   OR (key.label = 'Organization' AND t:Organization AND t.id = key.id)
   OR (key.label = 'Nation' AND t:Nation AND t.code = key.id)
RETURN key.label + ':' + key.id AS key, o.id AS officialId, h.title AS title, h.source AS source, h.updatedAt AS updatedAt
ORDER BY key, officialId, title
