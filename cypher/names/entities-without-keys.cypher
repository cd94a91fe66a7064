// A batch of entities written before name and search keys existed (schema version 1), for the backfill to compute their keys.
MATCH (e:Entity)
WHERE e.nameKeys IS NULL OR e.searchKeys IS NULL
RETURN e.id AS id, e.name AS name, e.nameEn AS nameEn, e.aliases AS aliases
LIMIT $batch
