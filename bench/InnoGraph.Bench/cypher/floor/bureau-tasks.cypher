// The tasks a unit is responsible for, by id through the unique constraint.
MATCH (u:Entity {id: $id})-[r:RESPONSIBLE_FOR]->(t:Entity)
RETURN t.id AS id, t.name AS name, r.role AS role
ORDER BY t.id
