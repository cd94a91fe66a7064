// {{Type}} comes from the relation-type allowlist, never from input. Both ends are found by MERGE on the id's unique
// constraint, which Neo4j always plans as a seek of the constraint's index: a MATCH on the id, even hinted, is planned by
// 3.1 as a scan of the whole index for every row when the index's statistics are stale, as they are while a load grows the
// graph. An end the graph lacks is created by its MERGE and marked; {{EndsFound}} then fails the statement, and its
// transaction is rolled back with everything it created.
UNWIND $rows AS row
MERGE (a:Entity {id: row.from})
ON CREATE SET a.loadMissing = true
MERGE (b:Entity {id: row.to})
ON CREATE SET b.loadMissing = true
FOREACH (found IN {{EndsFound}} |
  MERGE (a)-[r:{{Type}} {id: row.props.id}]->(b)
  SET r = row.props)
RETURN count(*) AS written
