// The "N" of N+1: one institute's relations and its neighbours' names.
MATCH (i:Entity {id: $id})-[r]-(n:Entity)
RETURN type(r) AS type, startNode(r) = i AS outgoing, n.id AS id, n.name AS name
