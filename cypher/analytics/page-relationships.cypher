// One page of source nodes (with one of the given labels, ordered by id then label, after a keyset cursor), each
// with its outgoing relationships of the given types to nodes with one of the given labels: the edge rows of the
// exports and of the metric projection. One row per source node, even one without relationships, so every page
// moves the cursor on; a page holds the relationships of `limit` nodes. Ids are ours, never engine-internal.
// @mode read
// @params labels: [string], types: [string], afterId: string|null (null = first page), afterLabel: string|null, limit: int
// @returns source, sourceLabel, relationships: [{type, target, properties}]
MATCH (s)
WITH s, [l IN labels(s) WHERE l IN $labels] AS matched
WHERE size(matched) > 0
WITH s, coalesce(s.id, s.code) AS source, matched[0] AS sourceLabel
WHERE $afterId IS NULL OR source > $afterId OR (source = $afterId AND sourceLabel > $afterLabel)
WITH s, source, sourceLabel
ORDER BY source, sourceLabel
LIMIT $limit
RETURN source, sourceLabel,
       [(s)-[r]->(t) WHERE type(r) IN $types AND size([l IN labels(t) WHERE l IN $labels]) > 0
         | {type: type(r), target: coalesce(t.id, t.code), properties: properties(r)}] AS relationships
ORDER BY source, sourceLabel
