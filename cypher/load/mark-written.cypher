// Sent with every write outside a load, in its transaction: the next load cannot skip. Once the flag is set it is
// only read, so concurrent writes do not queue on the meta node's lock.
MATCH (m:InnoGraphMeta {id: 'dataset'})
WHERE m.writtenSinceLoad = false
SET m.writtenSinceLoad = true
