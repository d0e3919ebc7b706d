// Deletes a Nation with every relationship it has (the caller has refused when it had some and detach was not asked).
// @mode write
// @params code
// @returns deleted: 0 or 1
MATCH (x:Nation {code: $code})
DETACH DELETE x
RETURN count(*) AS deleted
