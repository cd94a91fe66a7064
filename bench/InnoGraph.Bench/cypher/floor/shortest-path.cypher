// A shortest path of at most 6 relations, either direction, through entities only (not the look-up keys), as the API answers it: nodes with their kind and
// name, relations with their ends and type.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE ALL(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.id] AS ids,
  [n IN nodes(p) | {id: n.id, kind: n.kind, label: n.name}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
