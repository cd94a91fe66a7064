OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p0 OR toLower(coalesce(c1.nameEn, '')) = $p2 OR c1.name IN $p1 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p1))
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p0]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p0] WHEN size([y1 IN cands1 WHERE y1.name IN $p1]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p1] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (c2:Entity) WHERE (c2.id = $p3 OR toLower(coalesce(c2.nameEn, '')) = $p5 OR c2.name IN $p4 OR any(a2 IN coalesce(c2.aliases, []) WHERE a2 IN $p4))
WITH __docs, narrowed1, ref1, collect(DISTINCT c2) AS cands2
WITH __docs, narrowed1, ref1, CASE WHEN size([y2 IN cands2 WHERE y2.id = $p3]) > 0 THEN [y2 IN cands2 WHERE y2.id = $p3] WHEN size([y2 IN cands2 WHERE y2.name IN $p4]) > 0 THEN [y2 IN cands2 WHERE y2.name IN $p4] ELSE cands2 END AS narrowed2
WITH __docs, narrowed1, ref1, narrowed2, CASE WHEN size(narrowed2) = 1 THEN narrowed2[0] END AS ref2
WITH __docs, narrowed1, ref1, narrowed2, ref2, CASE WHEN ref1 = ref2 THEN null ELSE ref2 END AS target
OPTIONAL MATCH path = shortestPath((ref1)-[*..4]-(target))
RETURN CASE WHEN ref1 IS NULL OR ref2 IS NULL THEN null WHEN ref1 = ref2 THEN {nodes: [{id: ref1.id, kind: ref1.kind, label: ref1.name}], edges: []} WHEN path IS NULL THEN {nodes: [], edges: []} ELSE {nodes: [n1 IN nodes(path) | {id: n1.id, kind: n1.kind, label: n1.name}], edges: [rel1 IN relationships(path) | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1)}]} END AS data, [{argument: 'from', ids: [c IN narrowed1 | c.id]}, {argument: 'to', ids: [c IN narrowed2 | c.id]}] AS __refs

// parameters
// {
//   "p0": "清华大学",
//   "p1": [
//     "清华大学"
//   ],
//   "p2": "清华大学",
//   "p3": "嘉兴市",
//   "p4": [
//     "嘉兴市"
//   ],
//   "p5": "嘉兴市"
// }
