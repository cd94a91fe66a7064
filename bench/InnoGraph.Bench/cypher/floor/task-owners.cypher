// The units responsible for a task, by id through the unique constraint, in the API's order: the list's order, then id.
MATCH (t:Entity {id: $id})<-[r:RESPONSIBLE_FOR]-(u:Entity)
RETURN u.id AS id, u.name AS name, r.role AS role, r.order AS order
ORDER BY r.order, u.id
