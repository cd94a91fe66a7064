// The tasks of the unit that has this name or alias. The graph stores aliases as a list on the
// node, which no index of Neo4j 3.1 serves: with that storage the floor itself scans. When the
// graph gains an index for names, this file is where the floor uses it.
MATCH (u:Entity)
WHERE u.name = $name OR $name IN u.aliases
MATCH (u)-[r:RESPONSIBLE_FOR]->(t:Entity)
RETURN t.id AS id, t.name AS name, r.role AS role
ORDER BY t.id
