// {{Type}} comes from the relation-type allowlist, never from input.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) USING INDEX a:Entity(id) USING INDEX b:Entity(id)
MERGE (a)-[r:{{Type}} {id: row.props.id}]->(b)
SET r = row.props
RETURN count(r) AS written
