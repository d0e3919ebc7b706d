// The partnerships stored from one page of located cities (ordered by id after a keyset cursor) to located cities:
// the lines of the GeoJSON export. One row per source city, even one without partnerships, so pages move on.
// @mode read
// @params afterId: string|null (null = first page), limit: int
// @returns source, partnerships: [{target, tier, since, source, from: [lon, lat], to: [lon, lat]}]
MATCH (c:City)
WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL AND ($afterId IS NULL OR c.id > $afterId)
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS source,
       [(c)-[r:SISTER_OF]->(p:City) WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL
         | {target: p.id, tier: r.tier, since: r.since, source: r.source, from: [c.longitude, c.latitude], to: [p.longitude, p.latitude]}] AS partnerships
ORDER BY source
