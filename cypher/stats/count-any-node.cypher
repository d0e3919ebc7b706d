// Whether the graph holds any node: 1 or 0, stopping at the first node (start-up decides whether to seed).
// @mode read
// @returns nodes
MATCH (n)
WITH n LIMIT 1
RETURN count(n) AS nodes
