// Nations by ISO code, in one batch.
// @mode read
// @params codes: [string]
// @returns nation: {code, name, continent, continentSource, source, updatedAt}
UNWIND $codes AS code
MATCH (n:Nation {code: code})
RETURN n {.code, .name, .continent, .continentSource, .source, .updatedAt} AS nation
