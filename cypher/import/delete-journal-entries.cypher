// Deletes the undo entries of an import up to a chunk: its commit point (all of them, in the last chunk's
// transaction), or one undone entry at a time.
// @mode write
// @params importId: string, fromChunk: int
// @returns deleted
MATCH (j:ImportJournal {importId: $importId})
WHERE j.chunk >= $fromChunk
DELETE j
RETURN count(*) AS deleted
