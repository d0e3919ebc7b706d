// How many nations match the filter of list-nations.
// @mode read
// @params nameContains
// @returns count
MATCH (n:Nation)
WHERE $nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
RETURN count(n) AS count
