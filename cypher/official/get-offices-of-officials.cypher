// The offices held by a batch of officials: the city, organization or nation each office belongs to.
// @mode read
// @params ids: [string]
// @returns officialId, title, source, updatedAt, targetLabel, targetId
UNWIND $ids AS officialId
MATCH (:Official {id: officialId})-[h:HOLDS_OFFICE]->(t)
WHERE t:City OR t:Organization OR t:Nation
RETURN officialId, h.title AS title, h.source AS source, h.updatedAt AS updatedAt,
       CASE WHEN t:City THEN 'City' WHEN t:Organization THEN 'Organization' ELSE 'Nation' END AS targetLabel,
       coalesce(t.id, t.code) AS targetId
ORDER BY officialId, targetLabel, targetId, title
