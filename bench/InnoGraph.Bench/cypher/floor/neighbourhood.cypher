// An entity and the nearest others one hop away, at most $limit of them, and the relations among them:
// the same graph the API answers, nodes with their kind and name, relations with their ends and type.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)--(n:Entity)
WITH e, collect(DISTINCT n)[..$limit] AS near
WITH [e] + near AS ns
RETURN [n IN ns | n.id] AS ids,
  [n IN ns | {id: n.id, kind: n.kind, label: n.name}] AS nodes,
  [n IN ns | [(n)-[r]->(o:Entity) WHERE o IN ns | {type: type(r), source: n.id, target: o.id}]] AS edges
