OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p0 OR toLower(coalesce(c1.nameEn, '')) = $p2 OR c1.name IN $p1 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p1) OR c1.number = $p0) AND c1.kind IN $p3
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p0]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p0] WHEN size([y1 IN cands1 WHERE y1.name IN $p1]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p1] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (unit:Entity)-[r:RESPONSIBLE_FOR]->(ref1:Task)
WITH __docs, narrowed1, ref1, unit AS u, r, ref1 AS t
WITH __docs, narrowed1, ref1, u, r, t ORDER BY CASE WHEN r.order IS NULL THEN '2' WHEN r.order < 0 THEN '0' + right('0000000000000000000' + toString(r.order + 9223372036854775807 + 1), 19) ELSE '1' + right('0000000000000000000' + toString(r.order), 19) END, u.id
WITH __docs, narrowed1, ref1, collect(CASE WHEN r IS NULL THEN null ELSE {u: u, r: r, t: t} END) AS rows
RETURN [row1 IN rows | {`role`: row1.r.role, `order`: row1.r.order, `unit`: head([b1 IN [row1.u] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id, `name`: b1.name} END])}] AS data, [{argument: 'task', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p0": "task.jx315.1-1",
//   "p1": [
//     "task.jx315.1-1"
//   ],
//   "p2": "task.jx315.1-1",
//   "p3": [
//     "Task"
//   ]
// }
