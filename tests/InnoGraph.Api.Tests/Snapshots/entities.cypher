OPTIONAL MATCH (sk1:SearchKey) WHERE sk1.key IN $p2
WITH sk1, CASE WHEN sk1 IS NULL THEN 0 ELSE size([(sk1)-[:SEARCHES]->() | 1]) END AS degree1 ORDER BY degree1 LIMIT 1
OPTIONAL MATCH (sk1)-[:SEARCHES]->(n:Entity) WHERE n:GovernmentBody AND coalesce(n.searchText, toLower(n.name)) CONTAINS $p1
WITH collect(n) AS matched1
WITH matched1, size(matched1) AS total
WITH total, [y1 IN matched1 WHERE coalesce(y1.name, '') + '\u0001' + y1.id > $p3] AS matched1
UNWIND CASE WHEN size(matched1) = 0 THEN [null] ELSE matched1 END AS n
WITH total, n, coalesce(n.name, '') + '\u0001' + n.id AS k ORDER BY k LIMIT $p4
WITH total, collect(CASE WHEN n IS NULL THEN null ELSE {k: k, n: n} END) AS page
RETURN {`totalCount`: total, `pageInfo`: {hasNextPage: size(page) > $p5, hasPreviousPage: $p6, startCursor: head(page).k, endCursor: last(page[..$p5]).k}, `edges`: [e1 IN page[..$p5] | {`cursor`: e1.k, `node`: head([b1 IN [e1.n] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id, `name`: b1.name} END])}]} AS data, [] AS __refs

// parameters
// {
//   "p1": "科技",
//   "p2": [
//     "科技"
//   ],
//   "p3": "小\u0001gov.x",
//   "p4": 4,
//   "p5": 3,
//   "p6": true
// }
