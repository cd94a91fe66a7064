OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (n:Entity) WHERE (coalesce(n.searchText, toLower(n.name)) CONTAINS $p0 OR n.id = $p2) AND n.kind IN $p3
WITH __docs, n, CASE WHEN n.id = $p2 OR n.name = $p1 THEN 0 WHEN $p1 IN coalesce(n.aliases, []) OR $p2 IN coalesce(n.aliases, []) OR toLower(coalesce(n.nameEn, '')) = $p0 THEN 1 WHEN n.name STARTS WITH $p1 OR toLower(coalesce(n.nameEn, '')) STARTS WITH $p0 THEN 2 WHEN n.name CONTAINS $p1 THEN 3 ELSE 4 END AS rank ORDER BY rank, size(coalesce(n.name, '')), n.id LIMIT $p4
WITH __docs, collect(n) AS found
RETURN [x1 IN found | CASE WHEN x1 IS NULL THEN null ELSE {__kind: x1.kind, `id`: x1.id, `name`: x1.name, `founded`: x1.founded} END] AS data, [] AS __refs

// parameters
// {
//   "p0": "清华",
//   "p1": "清华",
//   "p2": "清华",
//   "p3": [
//     "Institute"
//   ],
//   "p4": 5
// }
