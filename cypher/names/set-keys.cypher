// Stores the name keys the backfill computed and links them; {{RefreshNameKeys}} is names/refresh-keys.cypher for e.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.nameKeys = row.keys
{{RefreshNameKeys}}
