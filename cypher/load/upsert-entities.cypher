// {{Label}} and {{KindLabels}} come from the entity-kind allowlist, never from input. Each row's entity is found or created by
// MERGE on the id's unique constraint, which Neo4j always plans as a seek of the constraint's index (an OPTIONAL MATCH on the
// id was replanned by 3.1, its index statistics stale as a load grew the graph, into an index scan for every row). A new entity
// is linked to its keys at once (names/link-keys.cypher for created), there being nothing to compare; an existing one has its
// keys refreshed (names/refresh-keys.cypher for e).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.loadCreated = true
WITH row, e, e.loadCreated IS NOT NULL AS isNew
SET e = row
REMOVE e{{KindLabels}}
SET e:{{Label}}
FOREACH (created IN CASE WHEN isNew THEN [e] ELSE [] END |
  {{LinkNameKeys}})
WITH e, isNew WHERE NOT isNew
{{RefreshNameKeys}}
