// Locks nations for the rest of the write transaction and counts their relationships by type.
// Writing a node makes Neo4j hold an exclusive lock on it until commit, so two transactions that lock the same
// nations run one after the other (two links of the same pair, a deletion and a new relationship of the node);
// the embedded engine serialises write transactions anyway. Codes that match nothing give no row.
// @mode write
// @params codes: [string]
// @returns code, type: null when it has no relationship, count
UNWIND $codes AS code
MATCH (x:Nation {code: code})
SET x.__lock = true
REMOVE x.__lock
WITH code, x
OPTIONAL MATCH (x)-[r]-()
RETURN code, type(r) AS type, count(r) AS count
