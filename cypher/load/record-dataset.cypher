MERGE (m:InnoGraphMeta {id: 'dataset'})
SET m.version = $version
