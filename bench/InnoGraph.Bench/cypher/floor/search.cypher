// Substring search on the stored search text; best matches first (exact name, alias, prefix, substring),
// then shorter names, then ids.
MATCH (n:Entity)
WHERE n.searchText CONTAINS $key OR n.id = $text
WITH n, CASE WHEN n.id = $text OR n.name = $text THEN 0
  WHEN $text IN coalesce(n.aliases, []) OR toLower(coalesce(n.nameEn, '')) = $key THEN 1
  WHEN n.name STARTS WITH $text OR toLower(coalesce(n.nameEn, '')) STARTS WITH $key THEN 2
  WHEN n.name CONTAINS $text THEN 3 ELSE 4 END AS rank
ORDER BY rank, size(coalesce(n.name, '')), n.id
LIMIT $first
RETURN n.id AS id
