// The stored membership of each city and organization (the import's classification): pairs without one are absent.
// Anchored on the city: an organization may have tens of thousands of members.
// @mode read
// Pairs as two columns (lists of scalars), as the import's CREATE statements take their rows.
// @params city: [string], organization: [string] (the pairs' two ends, in order)
// @returns city, organization, since, role, source, updatedAt
UNWIND range(0, size($city) - 1) AS i
MATCH (:City {id: $city[i]})-[m:MEMBER_OF]->(o:Organization {id: $organization[i]})
RETURN $city[i] AS city, $organization[i] AS organization, m.since AS since, m.role AS role, m.source AS source, m.updatedAt AS updatedAt
