// Deletes organizations with their relationships, by id: undoes the organizations an import created (src/services/import-chunks.ts).
// Keys that match nothing are skipped, so undoing twice is harmless.
// @mode write
// @params keys: [string]
// @returns deleted
UNWIND $keys AS key
MATCH (x:Organization {id: key})
DETACH DELETE x
RETURN count(*) AS deleted
