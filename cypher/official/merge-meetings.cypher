// Creates or updates meetings: one undirected MET_WITH per pair of officials and date, whatever the order of the pair.
// A row whose officials do not both exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{official, other, on, topics, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (a:Official {id: row.official})
MATCH (b:Official {id: row.other})
MERGE (a)-[m:MET_WITH {on: row.on}]-(b)
SET m.topics = row.topics, m.source = row.source, m.updatedAt = $updatedAt
RETURN count(m) AS merged
