// Stores the name and search keys the backfill computed and links them (the clauses of names/refresh-keys.cypher for e, at the end).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id}) USING INDEX e:Entity(id)
SET e.nameKeys = row.nameKeys, e.searchKeys = row.searchKeys
{{RefreshNameKeys}}
