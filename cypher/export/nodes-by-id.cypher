// The entities of a view, with the same columns as a page of the whole graph.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.sources AS sources, properties(n) AS properties
ORDER BY id
