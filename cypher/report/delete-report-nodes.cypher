// Deletes the node of one of the report's labels with this id, with its relationships: one row per label, the
// caller adds them up (0 or 1 in all).
// @mode write
// @params id
// @returns deleted
MATCH (x:PolicyProject {id: $id})
DETACH DELETE x
RETURN count(*) AS deleted
UNION ALL
MATCH (x:Ranking {id: $id})
DETACH DELETE x
RETURN count(*) AS deleted
UNION ALL
MATCH (x:Event {id: $id})
DETACH DELETE x
RETURN count(*) AS deleted
UNION ALL
MATCH (x:StatedFigure {id: $id})
DETACH DELETE x
RETURN count(*) AS deleted
