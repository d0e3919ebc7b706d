// Creates or updates offices officials hold in an organization (one HOLDS_OFFICE per official, organization and title).
// One file per kind of target: a MATCH on the key uses its index, where the embedded engine scans every Organization
// for an OPTIONAL MATCH on a key taken from the row (seconds for thousands of rows).
// A row whose official or organization does not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{official, target, title, source}], updatedAt: ISO 8601 datetime
// @returns merged
UNWIND $rows AS row
MATCH (o:Official {id: row.official})
MATCH (t:Organization {id: row.target})
MERGE (o)-[h:HOLDS_OFFICE {title: row.title}]->(t)
SET h.source = row.source, h.updatedAt = $updatedAt
RETURN count(h) AS merged
