// The stored membership of each city and organization (the import's classification): pairs without one are absent.
// Anchored on the city: an organization may have tens of thousands of members.
// @mode read
// @params rows: [{city, organization}]
// @returns city, organization, since, role, source, updatedAt
UNWIND $rows AS row
MATCH (:City {id: row.city})-[m:MEMBER_OF]->(o:Organization {id: row.organization})
RETURN row.city AS city, row.organization AS organization, m.since AS since, m.role AS role, m.source AS source, m.updatedAt AS updatedAt
