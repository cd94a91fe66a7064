// A shortest path of at most 6 relations, either direction.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS ids
