// Deletes the meeting of each pair of officials on each date, read undirected: undoes the meetings an import created.
// Keys without one are skipped, so undoing twice is harmless.
// @mode write
// @params rows: [{official, other, on}] (`with` is a Cypher keyword)
// @returns removed
UNWIND $rows AS row
MATCH (:Official {id: row.official})-[m:MET_WITH {on: row.on}]-(:Official {id: row.other})
DELETE m
RETURN count(m) AS removed
