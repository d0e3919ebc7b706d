// The relationships of the given types that start at the given nodes (cities, nations, events, officials, stated
// figures, by key): how the import finds what its report sections would change. One indexed lookup per label.
// @mode read
// @params ids: [string], types: [string]
// @returns source, type, target, properties: {...}
UNWIND $ids AS key
MATCH (s:City {id: key})-[r]->(t)
WHERE type(r) IN $types
RETURN key AS source, type(r) AS type, coalesce(t.id, t.code) AS target, properties(r) AS properties
UNION ALL
UNWIND $ids AS key
MATCH (s:Nation {code: key})-[r]->(t)
WHERE type(r) IN $types
RETURN key AS source, type(r) AS type, coalesce(t.id, t.code) AS target, properties(r) AS properties
UNION ALL
UNWIND $ids AS key
MATCH (s:Event {id: key})-[r]->(t)
WHERE type(r) IN $types
RETURN key AS source, type(r) AS type, coalesce(t.id, t.code) AS target, properties(r) AS properties
UNION ALL
UNWIND $ids AS key
MATCH (s:Official {id: key})-[r]->(t)
WHERE type(r) IN $types
RETURN key AS source, type(r) AS type, coalesce(t.id, t.code) AS target, properties(r) AS properties
UNION ALL
UNWIND $ids AS key
MATCH (s:StatedFigure {id: key})-[r]->(t)
WHERE type(r) IN $types
RETURN key AS source, type(r) AS type, coalesce(t.id, t.code) AS target, properties(r) AS properties
