// Length of a shortest path between two cities over relationships of any type, either direction, up to 6 hops
// (the analytics benchmark). Both ends found through the City id index first, so the search starts anchored.
// Returns no row when no path of 6 hops or fewer exists.
// @mode read
// @params from: string, to: string (two different city ids)
// @returns length
MATCH (a:City {id: $from})
MATCH (b:City {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN length(p) AS length
