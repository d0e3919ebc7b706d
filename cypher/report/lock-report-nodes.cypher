// Locks nodes of the report's labels for the rest of the write transaction and counts their relationships by type
// (as city/lock-cities does for cities). Ids that match nothing give no row.
// @mode write
// @params ids: [string]
// @returns id, type: null when it has no relationship, count
UNWIND $ids AS id
MATCH (x:PolicyProject {id: id})
SET x.__lock = true
REMOVE x.__lock
WITH id, x
OPTIONAL MATCH (x)-[r]-()
RETURN id, type(r) AS type, count(r) AS count
UNION ALL
UNWIND $ids AS id
MATCH (x:Ranking {id: id})
SET x.__lock = true
REMOVE x.__lock
WITH id, x
OPTIONAL MATCH (x)-[r]-()
RETURN id, type(r) AS type, count(r) AS count
UNION ALL
UNWIND $ids AS id
MATCH (x:Event {id: id})
SET x.__lock = true
REMOVE x.__lock
WITH id, x
OPTIONAL MATCH (x)-[r]-()
RETURN id, type(r) AS type, count(r) AS count
UNION ALL
UNWIND $ids AS id
MATCH (x:StatedFigure {id: id})
SET x.__lock = true
REMOVE x.__lock
WITH id, x
OPTIONAL MATCH (x)-[r]-()
RETURN id, type(r) AS type, count(r) AS count
