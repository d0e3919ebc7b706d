// Deletes the partnership between two cities, whichever way it was recorded.
// @mode write
// @params cityA, cityB
// @returns removed: 0 or 1
MATCH (:City {id: $cityA})-[r:SISTER_OF]-(:City {id: $cityB})
DELETE r
RETURN count(r) AS removed
