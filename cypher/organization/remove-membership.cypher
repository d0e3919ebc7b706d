// Deletes a city's membership of an organization.
// @mode write
// @params city, organization
// @returns removed: 0 or 1
MATCH (:City {id: $city})-[m:MEMBER_OF]->(:Organization {id: $organization})
DELETE m
RETURN count(m) AS removed
