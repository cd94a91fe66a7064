OPTIONAL MATCH (c1:Entity {id: $p1})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p3
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p1 OR toLower(coalesce(y1.nameEn, '')) = $p4 OR y1.name IN $p2 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p2))] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p1]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p1] WHEN size([y1 IN cands1 WHERE y1.name IN $p2]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p2] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (c2:Entity {id: $p5})
WITH narrowed1, ref1, collect(c2) AS found2
OPTIONAL MATCH (k2:NameKey)-->(c2:Entity) WHERE k2.key IN $p7
WITH narrowed1, ref1, found2 + collect(c2) AS found2
WITH narrowed1, ref1, reduce(acc2 = [], x2 IN [y2 IN found2 WHERE (y2.id = $p5 OR toLower(coalesce(y2.nameEn, '')) = $p8 OR y2.name IN $p6 OR any(a2 IN coalesce(y2.aliases, []) WHERE a2 IN $p6))] | CASE WHEN x2 IN acc2 THEN acc2 ELSE acc2 + x2 END) AS cands2
WITH narrowed1, ref1, CASE WHEN size([y2 IN cands2 WHERE y2.id = $p5]) > 0 THEN [y2 IN cands2 WHERE y2.id = $p5] WHEN size([y2 IN cands2 WHERE y2.name IN $p6]) > 0 THEN [y2 IN cands2 WHERE y2.name IN $p6] ELSE cands2 END AS narrowed2
WITH narrowed1, ref1, narrowed2, CASE WHEN size(narrowed2) = 1 THEN narrowed2[0] END AS ref2
WITH narrowed1, ref1, narrowed2, ref2, CASE WHEN ref1 = ref2 THEN null ELSE ref2 END AS target
OPTIONAL MATCH path = shortestPath((ref1)-[*..4]-(target)) WHERE ALL(n1 IN nodes(path) WHERE n1:Entity)
RETURN CASE WHEN ref1 IS NULL OR ref2 IS NULL THEN null WHEN ref1 = ref2 THEN {nodes: [{id: ref1.id, kind: ref1.kind, label: ref1.name}], edges: []} WHEN path IS NULL THEN {nodes: [], edges: []} ELSE {nodes: [n1 IN nodes(path) | {id: n1.id, kind: n1.kind, label: n1.name}], edges: [rel1 IN relationships(path) | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1)}]} END AS data, [{argument: 'from', ids: [c IN narrowed1 | c.id]}, {argument: 'to', ids: [c IN narrowed2 | c.id]}] AS __refs

// parameters
// {
//   "p1": "清华大学",
//   "p2": [
//     "清华大学"
//   ],
//   "p3": [
//     "清华大学"
//   ],
//   "p4": "清华大学",
//   "p5": "嘉兴市",
//   "p6": [
//     "嘉兴市"
//   ],
//   "p7": [
//     "嘉兴市"
//   ],
//   "p8": "嘉兴市"
// }
