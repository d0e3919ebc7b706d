// Deletes the office of an organization that a city hosts.
// @mode write
// @params city, organization
// @returns removed: 0 or 1
MATCH (:City {id: $city})-[h:HOSTS]->(:Organization {id: $organization})
DELETE h
RETURN count(h) AS removed
