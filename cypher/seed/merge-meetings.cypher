// Creates or updates meetings between officials, one MET_WITH per pair and date (month or day precision).
// @mode write
// @params rows: [{official, other, on, topics, source}]
// @returns merged
UNWIND $rows AS row
MATCH (a:Official {id: row.official})
MATCH (b:Official {id: row.other})
MERGE (a)-[m:MET_WITH {on: row.on}]-(b)
SET m.topics = row.topics, m.source = row.source
RETURN count(m) AS merged
