OPTIONAL MATCH (c1:Entity {id: $p1})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p3
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p1 OR toLower(coalesce(y1.nameEn, '')) = $p4 OR y1.name IN $p2 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p2)) AND y1.kind IN $p5] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p1]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p1] WHEN size([y1 IN cands1 WHERE y1.name IN $p2]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p2] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (ref1:Entity)-[r:RESPONSIBLE_FOR]->(task:Task)
WITH narrowed1, ref1, ref1 AS u, r, task AS t
OPTIONAL MATCH (t)-[:PART_OF]->(a:Action)
OPTIONAL MATCH (t)-[:PART_OF*1..2]->(p:Plan)
WITH narrowed1, ref1, u, r, t, head(collect(a)) AS a, head(collect(p)) AS p
WITH narrowed1, ref1, u, r, t, a, p ORDER BY p.id, a.order, t.order, t.id
WITH narrowed1, ref1, collect(CASE WHEN r IS NULL THEN null ELSE {u: u, r: r, t: t, a: a, p: p} END) AS rows
RETURN [row1 IN rows | {`role`: row1.r.role, `order`: row1.r.order, `task`: head([b1 IN [row1.t] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id, `name`: b1.name} END]), `action`: head([b2 IN [row1.a] | CASE WHEN b2 IS NULL THEN null ELSE {__kind: b2.kind, `name`: b2.name} END]), `plan`: head([b3 IN [row1.p] | CASE WHEN b3 IS NULL THEN null ELSE {__kind: b3.kind, `id`: b3.id} END])}] AS data, [{argument: 'bureau', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p1": "市科技局",
//   "p2": [
//     "市科技局"
//   ],
//   "p3": [
//     "市科技局"
//   ],
//   "p4": "市科技局",
//   "p5": [
//     "GovernmentBody",
//     "Region",
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation",
//     "Park",
//     "Platform"
//   ]
// }
