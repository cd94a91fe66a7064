// The tasks a unit is responsible for, by id through the unique constraint, in the API's order: by plan, action, task.
MATCH (u:Entity {id: $id})-[r:RESPONSIBLE_FOR]->(t:Task)
OPTIONAL MATCH (t)-[:PART_OF]->(a:Action)
OPTIONAL MATCH (t)-[:PART_OF*1..2]->(p:Plan)
WITH r, t, head(collect(a)) AS a, head(collect(p)) AS p
RETURN t.id AS id, t.name AS name, r.role AS role
ORDER BY p.id, a.order, t.order, t.id
