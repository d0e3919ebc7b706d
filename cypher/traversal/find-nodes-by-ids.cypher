// Nodes of any kind by id, in one batch: cities, organizations and officials by `id`, nations by ISO `code`.
// Four indexed lookups joined by UNION (a label-free `MATCH (n) WHERE n.id = ...` would scan every node).
// @mode read
// @params ids: [string]
// @returns node: {label: 'City'|'Nation'|'Organization'|'Official', id}
CALL () {
  UNWIND $ids AS key
  MATCH (n:City {id: key})
  RETURN n
  UNION
  UNWIND $ids AS key
  MATCH (n:Nation {code: key})
  RETURN n
  UNION
  UNWIND $ids AS key
  MATCH (n:Organization {id: key})
  RETURN n
  UNION
  UNWIND $ids AS key
  MATCH (n:Official {id: key})
  RETURN n
}
RETURN {
  label: CASE WHEN n:City THEN 'City' WHEN n:Nation THEN 'Nation' WHEN n:Organization THEN 'Organization' WHEN n:Official THEN 'Official' END,
  id: CASE WHEN n:Nation THEN n.code ELSE n.id END
} AS node
