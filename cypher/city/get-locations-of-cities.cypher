// The LOCATED_IN of each city: its nation, source and time (what an import's undo restores for a city it updated).
// @mode read
// @params ids: [string]
// @returns id, nation, source, updatedAt
UNWIND $ids AS id
MATCH (:City {id: id})-[l:LOCATED_IN]->(n:Nation)
RETURN id, n.code AS nation, l.source AS source, l.updatedAt AS updatedAt
