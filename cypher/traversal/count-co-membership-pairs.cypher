// How many (city, city) pairs the co-membership network would compare: the sum over organizations (of one
// category, if given) of m·(m−1)/2 for m member cities. The network's cost grows with this number, not with the
// pairs it returns, so the API refuses a network above a cap instead of running for minutes.
// @mode read
// @params category (null = every organization)
// @returns pairs
MATCH (o:Organization)
WHERE $category IS NULL OR o.category = $category
WITH COUNT { (:City)-[:MEMBER_OF]->(o) } AS members
RETURN coalesce(sum(members * (members - 1) / 2), 0) AS pairs
