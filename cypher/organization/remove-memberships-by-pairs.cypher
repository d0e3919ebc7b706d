// Deletes the membership of each city in each organization: undoes the memberships an import created. Pairs without
// one are skipped, so undoing twice is harmless.
// @mode write
// @params rows: [{city, organization}]
// @returns removed
UNWIND $rows AS row
MATCH (:City {id: row.city})-[m:MEMBER_OF]->(:Organization {id: row.organization})
DELETE m
RETURN count(m) AS removed
