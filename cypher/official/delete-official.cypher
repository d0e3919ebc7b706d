// Deletes an Official with every relationship it has (the caller has refused when it had some and detach was not asked).
// @mode write
// @params id
// @returns deleted: 0 or 1
MATCH (x:Official {id: $id})
DETACH DELETE x
RETURN count(*) AS deleted
