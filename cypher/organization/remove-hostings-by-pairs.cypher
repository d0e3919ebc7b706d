// Deletes the office of each organization in each city: undoes the hostings an import created. Pairs without one
// are skipped, so undoing twice is harmless.
// @mode write
// @params rows: [{city, organization}]
// @returns removed
UNWIND $rows AS row
MATCH (:City {id: row.city})-[h:HOSTS]->(:Organization {id: row.organization})
DELETE h
RETURN count(h) AS removed
