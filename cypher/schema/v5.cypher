// Schema for Neo4j 4.4 and 5.x.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:InnoGraphMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (e:Entity) ON (e.nameEn);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_origin IF NOT EXISTS FOR (e:Entity) ON (e.origin);
CREATE INDEX entity_number IF NOT EXISTS FOR (e:Entity) ON (e.number);
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT search_key IF NOT EXISTS FOR (k:SearchKey) REQUIRE k.key IS UNIQUE;
