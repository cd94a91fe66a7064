// {{Label}} and {{KindLabels}} come from the entity-kind allowlist, never from input.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row
REMOVE e{{KindLabels}}
SET e:{{Label}}
