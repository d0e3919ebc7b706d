// How many nations match the filter of list-nations.
// @mode read
// @params nameContains, continent
// @returns count
MATCH (n:Nation)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($continent IS NULL OR n.continent = $continent)
RETURN count(n) AS count
