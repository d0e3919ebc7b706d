// Organizations by id, in one batch.
// @mode read
// @params ids: [string]
// @returns organization: {id, name, acronym, category, memberSummary, purpose, memberCount, memberCountApproximate, memberNations, source, updatedAt}
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {.id, .name, .acronym, .category, .memberSummary, .purpose, .memberCount, .memberCountApproximate, .memberNations, .source, .updatedAt} AS organization
