// Schema for Neo4j 3.x. One statement per request: 3.x refuses schema and data changes in one transaction.
// Re-running a CREATE for a constraint or index that exists is a no-op in 3.x.
CREATE CONSTRAINT ON (e:Entity) ASSERT e.id IS UNIQUE;
CREATE CONSTRAINT ON (m:InnoGraphMeta) ASSERT m.id IS UNIQUE;
CREATE INDEX ON :Entity(name);
CREATE INDEX ON :Entity(nameEn);
CREATE INDEX ON :Entity(kind);
CREATE INDEX ON :Entity(origin);
CREATE INDEX ON :Entity(number);
CREATE CONSTRAINT ON (k:NameKey) ASSERT k.key IS UNIQUE;
CREATE CONSTRAINT ON (k:SearchKey) ASSERT k.key IS UNIQUE;
