// Substring search on the stored search text, starting from the rarest of the text's search keys
// (its character pairs; one :SearchKey node per key, unique on key) plus the id; best matches first
// (exact name, alias, prefix, substring), then shorter names, then ids.
OPTIONAL MATCH (g:SearchKey) WHERE g.key IN $grams
WITH g ORDER BY size([(g)-[:SEARCHES]->() | 1]) LIMIT 1
OPTIONAL MATCH (g)-[:SEARCHES]->(hit:Entity) WHERE hit.searchText CONTAINS $key
WITH collect(hit) AS hits
OPTIONAL MATCH (byId:Entity {id: $text})
WITH hits + collect(byId) AS found
UNWIND found AS n
WITH DISTINCT n
WITH n, CASE WHEN n.id = $text OR n.name = $text THEN 0
  WHEN $text IN coalesce(n.aliases, []) OR toLower(coalesce(n.nameEn, '')) = $key THEN 1
  WHEN n.name STARTS WITH $text OR toLower(coalesce(n.nameEn, '')) STARTS WITH $key THEN 2
  WHEN n.name CONTAINS $text THEN 3 ELSE 4 END AS rank
ORDER BY rank, size(coalesce(n.name, '')), n.id
LIMIT $first
RETURN n.id AS id
