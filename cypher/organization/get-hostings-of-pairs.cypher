// The stored office of each organization in each city (the import's classification): pairs without one are absent.
// Anchored on the city.
// @mode read
// @params rows: [{city, organization}]
// @returns city, organization, office, source, updatedAt
UNWIND $rows AS row
MATCH (:City {id: row.city})-[h:HOSTS]->(o:Organization {id: row.organization})
RETURN row.city AS city, row.organization AS organization, h.office AS office, h.source AS source, h.updatedAt AS updatedAt
