OPTIONAL MATCH (sk1:SearchKey) WHERE sk1.key IN $p6
WITH sk1, CASE WHEN sk1 IS NULL THEN 0 ELSE size([(sk1)-[:SEARCHES]->() | 1]) END AS degree1 ORDER BY degree1 LIMIT 1
OPTIONAL MATCH (sk1)-[:SEARCHES]->(n:Entity) WHERE coalesce(n.searchText, toLower(n.name)) CONTAINS $p5 AND n.kind IN $p4
WITH collect(n) AS matched1
OPTIONAL MATCH (n:Entity {id: $p3}) WHERE true AND n.kind IN $p4
WITH reduce(acc1 = matched1, x1 IN collect(n) | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS matched1
UNWIND CASE WHEN size(matched1) = 0 THEN [null] ELSE matched1 END AS n
WITH n, CASE WHEN n.id = $p3 OR n.name = $p2 THEN 0 WHEN $p2 IN coalesce(n.aliases, []) OR $p3 IN coalesce(n.aliases, []) OR toLower(coalesce(n.nameEn, '')) = $p1 THEN 1 WHEN n.name STARTS WITH $p2 OR toLower(coalesce(n.nameEn, '')) STARTS WITH $p1 THEN 2 WHEN n.name CONTAINS $p2 THEN 3 ELSE 4 END AS rank ORDER BY rank, size(coalesce(n.name, '')), n.id LIMIT $p7
WITH collect(n) AS found
RETURN [x2 IN found | CASE WHEN x2 IS NULL THEN null ELSE {__kind: x2.kind, `id`: x2.id, `name`: x2.name, `founded`: x2.founded} END] AS data, [] AS __refs

// parameters
// {
//   "p1": "清华",
//   "p2": "清华",
//   "p3": "清华",
//   "p4": [
//     "Institute"
//   ],
//   "p5": "清华",
//   "p6": [
//     "清华"
//   ],
//   "p7": 5
// }
