OPTIONAL MATCH (c1:Entity {id: $p1})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p3
WITH found1 + collect(c1) AS found1
OPTIONAL MATCH (c1:Entity {number: $p1})
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p1 OR toLower(coalesce(y1.nameEn, '')) = $p4 OR y1.name IN $p2 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p2) OR y1.number = $p1) AND y1.kind IN $p5] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p1]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p1] WHEN size([y1 IN cands1 WHERE y1.name IN $p2]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p2] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (unit:Entity)-[r:RESPONSIBLE_FOR]->(ref1:Task)
WITH narrowed1, ref1, unit AS u, r, ref1 AS t
WITH narrowed1, ref1, u, r, t ORDER BY CASE WHEN r.order IS NULL THEN '2' WHEN r.order < 0 THEN '0' + right('0000000000000000000' + toString(r.order + 9223372036854775807 + 1), 19) ELSE '1' + right('0000000000000000000' + toString(r.order), 19) END, u.id
WITH narrowed1, ref1, collect(CASE WHEN r IS NULL THEN null ELSE {u: u, r: r, t: t} END) AS rows
RETURN [row1 IN rows | {`role`: row1.r.role, `order`: row1.r.order, `unit`: head([b1 IN [row1.u] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id, `name`: b1.name} END])}] AS data, [{argument: 'task', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p1": "task.jx315.1-1",
//   "p2": [
//     "task.jx315.1-1"
//   ],
//   "p3": [
//     "task.jx315.1-1"
//   ],
//   "p4": "task.jx315.1-1",
//   "p5": [
//     "Task"
//   ]
// }
