// {{Label}} and {{KindLabels}} come from the entity-kind allowlist, never from input; the name-key clauses at the end are names/refresh-keys.cypher for e.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row
REMOVE e{{KindLabels}}
SET e:{{Label}}
{{RefreshNameKeys}}
