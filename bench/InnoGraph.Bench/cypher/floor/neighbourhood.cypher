// An entity and the nearest others one hop away, at most $limit of them.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)--(n:Entity)
WITH e, collect(DISTINCT n.id) AS near
RETURN [e.id] + near[..$limit] AS ids
