OPTIONAL MATCH (c1:Entity {id: $p1})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p3
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p1 OR toLower(coalesce(y1.nameEn, '')) = $p4 OR y1.name IN $p2 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p2)) AND y1.kind IN $p5] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p1]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p1] WHEN size([y1 IN cands1 WHERE y1.name IN $p2]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p2] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (t:Task)-[:PART_OF*1..2]->(ref1), (u1:Entity)-[r1:RESPONSIBLE_FOR]->(t)<-[r2:RESPONSIBLE_FOR]-(u2:Entity) WHERE u1.id < u2.id
WITH narrowed1, ref1, u1, u2, collect(DISTINCT t) AS ts, collect(reduce(acc2 = [], r3 IN coalesce([r1, r2], []) | acc2 + coalesce(r3.sources, []))) AS facts
WITH narrowed1, ref1, collect(CASE WHEN u1 IS NULL THEN null ELSE {a: u1, b: u2, ts: ts, facts: reduce(acc3 = [], x2 IN reduce(all1 = [], list1 IN facts | all1 + coalesce(list1, [])) | CASE WHEN x2 IN acc3 THEN acc3 ELSE acc3 + x2 END)} END) AS pairs
RETURN {nodes: [pair1 IN pairs | [{id: pair1.a.id, kind: pair1.a.kind, label: pair1.a.name}, {id: pair1.b.id, kind: pair1.b.kind, label: pair1.b.name}]], edges: [pair1 IN pairs | {id: pair1.a.id + '|SHARES_TASKS|' + pair1.b.id, source: pair1.a.id, target: pair1.b.id, type: 'SHARES_TASKS', weight: size(pair1.ts)}]} AS data, [{argument: 'plan', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p1": "plan.jx315",
//   "p2": [
//     "plan.jx315"
//   ],
//   "p3": [
//     "plan.jx315"
//   ],
//   "p4": "plan.jx315",
//   "p5": [
//     "Plan"
//   ]
// }
