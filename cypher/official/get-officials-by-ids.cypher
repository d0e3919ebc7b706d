// Officials by id, in one batch.
// @mode read
// @params ids: [string]
// @returns official: {id, name, title, source, updatedAt}
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o {.id, .name, .title, .source, .updatedAt} AS official
