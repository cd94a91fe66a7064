// Stores the name and search keys the backfill computed and links them (the clauses of names/refresh-keys.cypher for e, at the end).
// Each row's entity is found by MERGE on the id's unique constraint, always planned as a seek (see load/upsert-relations.cypher);
// an entity removed since the backfill read it is created by the MERGE and marked, and {{EntityFound}} then fails the statement.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.loadMissing = true
FOREACH (found IN {{EntityFound}} |
  SET e.nameKeys = row.nameKeys, e.searchKeys = row.searchKeys)
WITH e
{{RefreshNameKeys}}
