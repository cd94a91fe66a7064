// One page of entities after $after in id order (keyset paging: each page costs the same).
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $page
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.sources AS sources, properties(n) AS properties
ORDER BY id
