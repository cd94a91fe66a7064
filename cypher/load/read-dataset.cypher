// The last load's record; a graph never loaded, or loaded before writes were recorded, counts as written.
OPTIONAL MATCH (m:InnoGraphMeta {id: 'dataset'})
RETURN m.version AS version, m.schemaVersion AS schemaVersion, coalesce(m.writtenSinceLoad, true) AS writtenSinceLoad
