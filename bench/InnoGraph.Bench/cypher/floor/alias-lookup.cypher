// The tasks of the unit that has this name or alias, found through its name key (one :NameKey node
// per distinct normalised name, unique on key), then checked against the name and aliases as typed.
MATCH (:NameKey {key: $key})-[:NAMES]->(u:Entity)
WHERE u.name = $name OR $name IN u.aliases
MATCH (u)-[r:RESPONSIBLE_FOR]->(t:Entity)
RETURN t.id AS id, t.name AS name, r.role AS role
ORDER BY t.id
