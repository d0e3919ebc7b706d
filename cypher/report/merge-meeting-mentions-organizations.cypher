// Creates or updates what a meeting mentions, when it is a organization: a DISCUSSED from the official to it per
// meeting (the other official `other`, the date `on`), with the meeting's topic.
// A row whose ends do not exist is dropped: compare merged with the rows.
// @mode write
// @params rows: [{official, other, on, target, topic, source}], updatedAt: ISO 8601 datetime or null
// @returns merged
UNWIND $rows AS row
MATCH (a:Official {id: row.official})
MATCH (b:Organization {id: row.target})
MERGE (a)-[r:DISCUSSED {other: row.other, on: row.on}]->(b)
SET r.topic = row.topic, r.source = row.source, r.updatedAt = $updatedAt
RETURN count(r) AS merged
