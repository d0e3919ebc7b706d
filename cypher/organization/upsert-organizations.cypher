// Creates or updates organizations by id, stamping each with the time of the write (bulk import and upsertOrganization).
// @mode write
// @params rows: [{id, name, acronym, category, memberSummary, purpose, memberCount, memberCountApproximate, memberNations, source}], updatedAt: ISO 8601 datetime
// @returns merged: how many rows were written
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.acronym = row.acronym, o.category = row.category,
    o.memberSummary = row.memberSummary, o.purpose = row.purpose, o.memberCount = row.memberCount,
    o.memberCountApproximate = row.memberCountApproximate, o.memberNations = row.memberNations, o.source = row.source, o.updatedAt = $updatedAt
RETURN count(o) AS merged
