// Who shared a batch of policy projects and who received them: cities by id, nations by code.
// @mode read
// @params ids: [string]
// @returns project, relation: 'SHARES'|'RECEIVES', label, id
UNWIND $ids AS project
MATCH (p:PolicyProject {id: project})<-[r:SHARES|RECEIVES]-(n)
RETURN project, type(r) AS relation, CASE WHEN n:Nation THEN 'Nation' ELSE 'City' END AS label, coalesce(n.id, n.code) AS id
ORDER BY project, relation, id
