// Which of these organizations exist, by id (the import's reference check: the key alone, one index lookup each).
// @mode read
// @params keys: [string]
// @returns key
UNWIND $keys AS key
MATCH (x:Organization {id: key})
RETURN x.id AS key
