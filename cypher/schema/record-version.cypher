MERGE (m:InnoGraphMeta {id: 'schema'})
SET m.version = $version, m.dialect = $dialect
