// Records how to undo one chunk of a chunked import, in the chunk's own transaction, so the entry exists exactly when
// the chunk's writes do (src/services/import-chunks.ts). `undo` is JSON. Removed by the last chunk's transaction
// (the import's commit point); entries left by a crash are undone when the store is next opened.
// @mode write
// @params importId: string, chunk: int, writtenAt: int (ms since the epoch), undo: string
// @returns written
CREATE (j:ImportJournal {importId: $importId, chunk: $chunk})
SET j.writtenAt = $writtenAt, j.undo = $undo
RETURN count(j) AS written
