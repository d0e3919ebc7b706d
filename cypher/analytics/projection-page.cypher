// One page of the metric projection: `limit` source nodes (with one of the given labels, ordered by id then label,
// after a keyset cursor), each with its outgoing relationships of the given types to nodes with one of the given
// labels, as the targets' ids grouped by type. No properties and no maps: the least the kernels need, so a page
// costs little to send and to convert. A source node without such relationships still gives one row (type null,
// targets empty), so the pages list every node and move the cursor on. Rows are not ordered: the reader takes the
// largest (source, sourceLabel) of a page as the next cursor. Ids are ours, never engine-internal.
// @mode read
// @params labels: [string], types: [string], afterId: string|null (null = first page), afterLabel: string|null, limit: int
// @returns source, sourceLabel, name, type: null for a node without such relationships, targets: [string]
MATCH (s)
WITH s, [l IN labels(s) WHERE l IN $labels] AS matched
WHERE size(matched) > 0
WITH s, coalesce(s.id, s.code) AS source, matched[0] AS sourceLabel
WHERE $afterId IS NULL OR source > $afterId OR (source = $afterId AND sourceLabel > $afterLabel)
WITH s, source, sourceLabel
ORDER BY source, sourceLabel
LIMIT $limit
OPTIONAL MATCH (s)-[r]->(t)
WHERE type(r) IN $types AND any(l IN labels(t) WHERE l IN $labels)
RETURN source, sourceLabel, s.name AS name, type(r) AS type, collect(coalesce(t.id, t.code)) AS targets
