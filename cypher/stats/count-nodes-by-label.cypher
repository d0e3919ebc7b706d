// Node counts by label (health endpoint, notes).
// @mode read
// @returns label, count
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
