// Locks organizations for the rest of the write transaction and counts their relationships by type.
// Writing a node makes Neo4j hold an exclusive lock on it until commit, so two transactions that lock the same
// organizations run one after the other (two links of the same pair, a deletion and a new relationship of the node);
// the embedded engine serialises write transactions anyway. Ids that match nothing give no row.
// @mode write
// @params ids: [string]
// @returns id, type: null when it has no relationship, count
UNWIND $ids AS id
MATCH (x:Organization {id: id})
SET x.__lock = true
REMOVE x.__lock
WITH id, x
OPTIONAL MATCH (x)-[r]-()
RETURN id, type(r) AS type, count(r) AS count
