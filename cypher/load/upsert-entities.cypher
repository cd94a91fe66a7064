// {{Label}} and {{KindLabels}} come from the entity-kind allowlist, never from input. A new entity is created with its key links at once
// (names/link-keys.cypher for created), there being nothing to compare; an existing one is updated and its keys refreshed (names/refresh-keys.cypher for e).
UNWIND $rows AS row
OPTIONAL MATCH (e:Entity {id: row.id}) USING INDEX e:Entity(id)
FOREACH (fresh IN CASE WHEN e IS NULL THEN [row] ELSE [] END |
  CREATE (created:Entity:{{Label}})
  SET created = fresh
  {{LinkNameKeys}})
WITH row, e WHERE e IS NOT NULL
SET e = row
REMOVE e{{KindLabels}}
SET e:{{Label}}
{{RefreshNameKeys}}
