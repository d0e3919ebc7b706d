// The totals the sources state, optionally of one measure and/or about one city, by measure, category, period.
// @mode read
// @params measure, subjectId (each null = no filter)
// @returns figure: {id, measure, category, value, unit, period, asOf, quote, note, source, updatedAt, subject}
MATCH (f:StatedFigure)-[:ABOUT]->(c:City)
WHERE ($measure IS NULL OR f.measure = $measure) AND ($subjectId IS NULL OR c.id = $subjectId)
RETURN f {.id, .measure, .category, .value, .unit, .period, .asOf, .quote, .note, .source, .updatedAt, subject: c.id} AS figure
ORDER BY figure.measure, coalesce(figure.category, ''), coalesce(figure.period, ''), figure.id
