// What the graph holds since this load: the dataset version and the schema it was written under; no write since.
MERGE (m:InnoGraphMeta {id: 'dataset'})
SET m.version = $version, m.schemaVersion = $schemaVersion, m.writtenSinceLoad = false
