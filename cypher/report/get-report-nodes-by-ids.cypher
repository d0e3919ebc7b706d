// Nodes of the report's labels (PolicyProject, Ranking, Event, StatedFigure) by id, in one batch: one indexed
// lookup per label joined by UNION ALL; ids that match nothing are absent. `node` holds every stored property.
// @mode read
// @params ids: [string]
// @returns label, node: {id, ...}
UNWIND $ids AS key
MATCH (x:PolicyProject {id: key})
RETURN 'PolicyProject' AS label, properties(x) AS node
UNION ALL
UNWIND $ids AS key
MATCH (x:Ranking {id: key})
RETURN 'Ranking' AS label, properties(x) AS node
UNION ALL
UNWIND $ids AS key
MATCH (x:Event {id: key})
RETURN 'Event' AS label, properties(x) AS node
UNION ALL
UNWIND $ids AS key
MATCH (x:StatedFigure {id: key})
RETURN 'StatedFigure' AS label, properties(x) AS node
