// Relationship counts by type (health endpoint, notes).
// @mode read
// @returns type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
