// Events, declarations and programmes, optionally of one kind, by date (undated last) then name.
// @mode read
// @params kind (null = every kind)
// @returns event: {id, name, kind, on, note, source, updatedAt}
MATCH (e:Event)
WHERE $kind IS NULL OR e.kind = $kind
RETURN e {.id, .name, .kind, .on, .note, .source, .updatedAt} AS event
ORDER BY CASE WHEN event.on IS NULL THEN 1 ELSE 0 END, event.on, event.name, event.id
