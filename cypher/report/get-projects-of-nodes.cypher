// The policy projects a batch of cities shared or received, and those a batch of nations received (in no order:
// the repository sorts them by title).
// @mode read
// @params ids: [string] (city ids and nation codes)
// @returns key, relation: 'SHARES'|'RECEIVES', project: {id, title, sector, category, kind, note, source, updatedAt}
UNWIND $ids AS key
MATCH (:City {id: key})-[r:SHARES|RECEIVES]->(p:PolicyProject)
RETURN key, type(r) AS relation, p {.id, .title, .sector, .category, .kind, .note, .source, .updatedAt} AS project
UNION ALL
UNWIND $ids AS key
MATCH (:Nation {code: key})-[r:RECEIVES]->(p:PolicyProject)
RETURN key, type(r) AS relation, p {.id, .title, .sector, .category, .kind, .note, .source, .updatedAt} AS project
