// Deletes nations with their relationships, by code: undoes the nations an import created (src/services/import-chunks.ts).
// Keys that match nothing are skipped, so undoing twice is harmless.
// @mode write
// @params keys: [string]
// @returns deleted
UNWIND $keys AS key
MATCH (x:Nation {code: key})
DETACH DELETE x
RETURN count(*) AS deleted
