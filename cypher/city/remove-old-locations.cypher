// Deletes the LOCATED_IN of cities that move to another nation (before city/upsert-cities, in its transaction).
// A separate statement because the embedded engine fails on DELETE of the null an OPTIONAL MATCH gives a city
// that has not moved (Neo4j ignores it), and rejects a pattern comprehension in FOREACH.
// @mode write
// @params rows: [{id, nation}]
// @returns removed
UNWIND $rows AS row
MATCH (:City {id: row.id})-[old:LOCATED_IN]->(other:Nation)
WHERE other.code <> row.nation
DELETE old
RETURN count(old) AS removed
