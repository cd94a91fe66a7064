// The tasks of the unit that has this name or alias, found through its name key (one :NameKey node
// per distinct normalised name, unique on key), then checked against the name and aliases as typed;
// in the API's order: by plan, action, task.
MATCH (:NameKey {key: $key})-[:NAMES]->(u:Entity)
WHERE u.name = $name OR $name IN u.aliases
MATCH (u)-[r:RESPONSIBLE_FOR]->(t:Task)
OPTIONAL MATCH (t)-[:PART_OF]->(a:Action)
OPTIONAL MATCH (t)-[:PART_OF*1..2]->(p:Plan)
WITH r, t, head(collect(a)) AS a, head(collect(p)) AS p
RETURN t.id AS id, t.name AS name, r.role AS role
ORDER BY p.id, a.order, t.order, t.id
