// A batch of entities written before name keys existed (schema version 1), for the backfill to compute their keys.
MATCH (e:Entity)
WHERE e.nameKeys IS NULL
RETURN e.id AS id, e.name AS name, e.nameEn AS nameEn, e.aliases AS aliases
LIMIT $batch
