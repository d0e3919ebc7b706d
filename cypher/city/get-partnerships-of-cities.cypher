// The partnerships (sister and friendship) of a batch of cities, read undirected, with each partner city.
// The partner's properties come as columns of their own, not as a map: the embedded engine hands a map to JavaScript
// at about twice the cost of the same values as columns (docs/performance.md, round `born`), and this is the
// statement of every `partners` list. The nation through a pattern comprehension: see docs/engines.md (OPTIONAL MATCH
// of it scans the graph here).
// @mode read
// @params ids: [string]
// @returns cityId, tier, since, source, updatedAt, partnerId, partnerName, partnerKind, partnerLatitude, partnerLongitude, partnerGeonameId, partnerLocationSource, partnerSource, partnerUpdatedAt, partnerNation
UNWIND $ids AS cityId
MATCH (:City {id: cityId})-[r:SISTER_OF]-(p:City)
RETURN cityId, r.tier AS tier, r.since AS since, r.source AS source, r.updatedAt AS updatedAt,
       p.id AS partnerId, p.name AS partnerName, p.kind AS partnerKind, p.latitude AS partnerLatitude,
       p.longitude AS partnerLongitude, p.geonameId AS partnerGeonameId, p.locationSource AS partnerLocationSource,
       p.source AS partnerSource, p.updatedAt AS partnerUpdatedAt, [(p)-[:LOCATED_IN]->(n:Nation) | n.code][0] AS partnerNation
ORDER BY cityId, partnerName, partnerId
