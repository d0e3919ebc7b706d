// The stored office of each organization in each city (the import's classification): pairs without one are absent.
// Anchored on the city.
// @mode read
// Pairs as two columns (lists of scalars), as the import's CREATE statements take their rows.
// @params city: [string], organization: [string] (the pairs' two ends, in order)
// @returns city, organization, office, source, updatedAt
UNWIND range(0, size($city) - 1) AS i
MATCH (:City {id: $city[i]})-[h:HOSTS]->(o:Organization {id: $organization[i]})
RETURN $city[i] AS city, $organization[i] AS organization, h.office AS office, h.source AS source, h.updatedAt AS updatedAt
