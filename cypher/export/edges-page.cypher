// The outgoing relations of one page of entities after $after in id order; one row per entity, so
// the last row's anchor is where the next page starts. The id is the one the Graph shape gives.
MATCH (a:Entity)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $page
OPTIONAL MATCH (a)-[r]->(b:Entity)
WITH a, r, b ORDER BY a.id, type(r), b.id
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {id: coalesce(r.id, toString(id(r))), source: a.id, target: b.id, type: type(r), sources: r.sources, properties: properties(r)} END) AS edges
RETURN a.id AS anchor, edges
ORDER BY anchor
