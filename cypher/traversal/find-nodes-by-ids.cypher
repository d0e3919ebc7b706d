// Nodes of any kind by id, in one batch: cities, organizations and officials by `id`, nations by ISO `code`.
// Four index lookups, one per label, collected in turn (a label-free `MATCH (n) WHERE n.id IN $ids` would scan
// every node; a CALL { … UNION … } subquery needs the `CALL ()` syntax of Neo4j 5.21+ to lint cleanly).
// @mode read
// @params ids: [string]
// @returns node: {label: 'City'|'Nation'|'Organization'|'Official', id}
OPTIONAL MATCH (c:City) WHERE c.id IN $ids
WITH collect(c) AS cities
OPTIONAL MATCH (n:Nation) WHERE n.code IN $ids
WITH cities, collect(n) AS nations
OPTIONAL MATCH (o:Organization) WHERE o.id IN $ids
WITH cities, nations, collect(o) AS organizations
OPTIONAL MATCH (f:Official) WHERE f.id IN $ids
WITH cities, nations, organizations, collect(f) AS officials
UNWIND cities + nations + organizations + officials AS n
RETURN {
  label: CASE WHEN n:City THEN 'City' WHEN n:Nation THEN 'Nation' WHEN n:Organization THEN 'Organization' WHEN n:Official THEN 'Official' END,
  id: CASE WHEN n:Nation THEN n.code ELSE n.id END
} AS node
