// How many nodes have each degree, per relationship type and side: `out` (relationships starting at the node),
// `in` (ending at it), `both` (either way, for the mutual types). The cost estimate reads its list sizes from it.
// @mode read
// @returns type, side, degree, nodes
MATCH (a)-[r]->()
WITH type(r) AS type, a, count(*) AS degree
RETURN type, 'out' AS side, degree, count(*) AS nodes
UNION ALL
MATCH ()-[r]->(b)
WITH type(r) AS type, b, count(*) AS degree
RETURN type, 'in' AS side, degree, count(*) AS nodes
UNION ALL
MATCH (a)-[r]-()
WITH type(r) AS type, a, count(*) AS degree
RETURN type, 'both' AS side, degree, count(*) AS nodes
