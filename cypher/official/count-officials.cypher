// How many officials match the filter of list-officials.
// @mode read
// @params nameContains
// @returns count
MATCH (o:Official)
WHERE $nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains)
RETURN count(o) AS count
