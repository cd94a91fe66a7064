OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (n:GovernmentBody) WHERE coalesce(n.searchText, toLower(n.name)) CONTAINS $p0
WITH __docs, count(n) AS total
OPTIONAL MATCH (n:GovernmentBody) WHERE coalesce(n.searchText, toLower(n.name)) CONTAINS $p0 AND coalesce(n.name, '') + '\u0001' + n.id > $p1
WITH __docs, total, n, coalesce(n.name, '') + '\u0001' + n.id AS k ORDER BY k LIMIT $p2
WITH __docs, total, collect(CASE WHEN n IS NULL THEN null ELSE {k: k, n: n} END) AS page
RETURN {`totalCount`: total, `pageInfo`: {hasNextPage: size(page) > $p3, hasPreviousPage: $p4, startCursor: head(page).k, endCursor: last(page[..$p3]).k}, `edges`: [e1 IN page[..$p3] | {`cursor`: e1.k, `node`: head([b1 IN [e1.n] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id, `name`: b1.name} END])}]} AS data, [] AS __refs

// parameters
// {
//   "p0": "科技",
//   "p1": "小\u0001gov.x",
//   "p2": 4,
//   "p3": 3,
//   "p4": true
// }
