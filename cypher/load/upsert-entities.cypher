// {{Label}} and {{KindLabels}} come from the entity-kind allowlist, never from input; the name-key clauses at the end are names/refresh-keys.cypher for e.
// A new entity is created with its key links at once, there being nothing to compare; an existing one is updated and its keys refreshed.
UNWIND $rows AS row
OPTIONAL MATCH (e:Entity {id: row.id})
FOREACH (fresh IN CASE WHEN e IS NULL THEN [row] ELSE [] END |
  CREATE (created:Entity:{{Label}})
  SET created = fresh
  FOREACH (keyText IN coalesce(fresh.nameKeys, []) | MERGE (nameKey:NameKey {key: keyText}) CREATE (nameKey)-[:NAMES]->(created))
  FOREACH (keyText IN coalesce(fresh.searchKeys, []) | MERGE (searchKey:SearchKey {key: keyText}) CREATE (searchKey)-[:SEARCHES]->(created)))
WITH row, e WHERE e IS NOT NULL
SET e = row
REMOVE e{{KindLabels}}
SET e:{{Label}}
{{RefreshNameKeys}}
