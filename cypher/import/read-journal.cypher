// The undo entries of unfinished chunked imports, latest chunk first (what an undo or the recovery at start-up runs).
// @mode read
// @returns importId, chunk, writtenAt, undo
MATCH (j:ImportJournal)
RETURN j.importId AS importId, j.chunk AS chunk, j.writtenAt AS writtenAt, j.undo AS undo
ORDER BY importId, chunk DESC
