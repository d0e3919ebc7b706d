// Deletes the meeting of two officials on a date, whichever way it was recorded.
// @mode write
// @params official, other, on
// @returns removed: 0 or 1
MATCH (:Official {id: $official})-[m:MET_WITH {on: $on}]-(:Official {id: $other})
DELETE m
RETURN count(m) AS removed
