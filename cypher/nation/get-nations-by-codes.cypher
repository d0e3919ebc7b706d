// Nations by ISO code, in one batch.
// @mode read
// @params codes: [string]
// @returns nation: {code, name, source}
UNWIND $codes AS code
MATCH (n:Nation {code: code})
RETURN n {.code, .name, .source} AS nation
