// The institutes, each with its relations and its neighbours' names, in one statement: a map
// projection holding a pattern comprehension (both run on Neo4j 3.1 and 5.x).
MATCH (i:Institute)
WHERE i.id IN $ids
WITH i
ORDER BY i.id
RETURN i {
  .id,
  .name,
  relations: [(i)-[r]-(n:Entity) | {type: type(r), outgoing: startNode(r) = i, id: n.id, name: n.name}]
} AS institute
