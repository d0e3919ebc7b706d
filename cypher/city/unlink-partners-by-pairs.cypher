// Deletes the partnership of each pair of cities, read undirected: undoes the partnerships an import created
// (src/services/import-chunks.ts). Pairs without one are skipped, so undoing twice is harmless.
// @mode write
// @params rows: [{cityA, cityB}]
// @returns removed
UNWIND $rows AS row
MATCH (:City {id: row.cityA})-[r:SISTER_OF]-(:City {id: row.cityB})
DELETE r
RETURN count(r) AS removed
