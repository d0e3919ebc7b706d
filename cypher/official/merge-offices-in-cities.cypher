// Creates or updates offices officials hold in a city (one HOLDS_OFFICE per official, city and title).
// One file per kind of target: a MATCH on the key uses its index, where the embedded engine scans every City
// for an OPTIONAL MATCH on a key taken from the row (seconds for thousands of rows).
// A row whose official or city does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{official, target, title, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (o:Official {id: row.official})
MATCH (t:City {id: row.target})
MERGE (o)-[h:HOLDS_OFFICE {title: row.title}]->(t)
SET h.source = row.source, h.updatedAt = $updatedAt
RETURN count(h) AS merged
