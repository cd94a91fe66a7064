OPTIONAL MATCH (m:InnoGraphMeta {id: 'schema'})
RETURN m.version AS version, m.dialect AS dialect
