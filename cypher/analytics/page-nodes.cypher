// One page of the nodes with one of the given labels, ordered by id then label, after a keyset cursor: the node
// rows of the exports and of the metric projection. The id is ours (`id`, or `code` for a nation), never the
// engine's internal one. Node labels are compared through a parameter list, never spliced into the text.
// @mode read
// @params labels: [string], afterId: string|null (null = first page), afterLabel: string|null, limit: int
// @returns id, label, properties: {...} (every stored property)
MATCH (n)
WITH n, [l IN labels(n) WHERE l IN $labels] AS matched
WHERE size(matched) > 0
WITH n, coalesce(n.id, n.code) AS id, matched[0] AS label
WHERE $afterId IS NULL OR id > $afterId OR (id = $afterId AND label > $afterLabel)
RETURN id, label, properties(n) AS properties
ORDER BY id, label
LIMIT $limit
