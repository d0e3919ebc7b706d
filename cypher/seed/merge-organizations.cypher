// Creates or updates organizations by id (idempotent).
// @mode write
// @params rows: [{id, name, acronym, category, memberSummary, purpose, source}]
// @returns merged
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.acronym = row.acronym, o.category = row.category,
    o.memberSummary = row.memberSummary, o.purpose = row.purpose, o.source = row.source
RETURN count(o) AS merged
