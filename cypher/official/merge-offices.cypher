// Creates or updates the offices officials hold in a city, an organization or a nation (one per title).
// A row whose official or target does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{official, targetLabel: 'City'|'Organization'|'Nation', target, title, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (o:Official {id: row.official})
OPTIONAL MATCH (c:City {id: row.target}) WHERE row.targetLabel = 'City'
OPTIONAL MATCH (g:Organization {id: row.target}) WHERE row.targetLabel = 'Organization'
OPTIONAL MATCH (n:Nation {code: row.target}) WHERE row.targetLabel = 'Nation'
WITH o, row, coalesce(c, g, n) AS target
WHERE target IS NOT NULL
MERGE (o)-[h:HOLDS_OFFICE {title: row.title}]->(target)
SET h.source = row.source, h.updatedAt = $updatedAt
RETURN count(h) AS merged
