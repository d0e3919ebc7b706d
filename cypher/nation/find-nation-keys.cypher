// Which of these nations exist, by code (the import's reference check: the key alone, one index lookup each).
// @mode read
// @params keys: [string]
// @returns key
UNWIND $keys AS key
MATCH (x:Nation {code: key})
RETURN x.code AS key
