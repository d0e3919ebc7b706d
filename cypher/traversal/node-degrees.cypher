// The number of relationships of each node in a batch, either way and of every type (for the two-ended shortest-path
// search: it expands the side whose frontier has fewer relationships, and never pulls a hub's members into the
// process when the other side is cheaper). `COUNT { }` is counted without building a row per relationship: on the
// embedded engine 9-12 ms for an organization of 46,000 members, against ~200 ms to return their ids
// (docs/engines.md). The batch comes as one id list, looked up through each label's index in its own UNION ALL
// branch (ids are unique across labels; see find-nodes-by-ids.cypher for why). A node that does not exist has no row.
// @mode read
// @params ids: [string] (nations by code)
// @returns id, degree
UNWIND $ids AS key
MATCH (n:City {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:Nation {code: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:Organization {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:Official {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:PolicyProject {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:Ranking {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:Event {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
UNION ALL
UNWIND $ids AS key
MATCH (n:StatedFigure {id: key})
RETURN key AS id, COUNT { (n)--() } AS degree
