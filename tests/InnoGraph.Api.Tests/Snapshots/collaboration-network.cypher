OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p0 OR toLower(coalesce(c1.nameEn, '')) = $p2 OR c1.name IN $p1 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p1)) AND c1.kind IN $p3
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p0]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p0] WHEN size([y1 IN cands1 WHERE y1.name IN $p1]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p1] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH located = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(ref1) WHERE i.kind IN $p4
OPTIONAL MATCH built = (i)-[:CO_BUILT_WITH*1..2]-(party:Entity)
OPTIONAL MATCH home = (party)-[:LOCATED_IN]->(:Region)
WITH __docs, narrowed1, ref1, collect(located) + collect(built) + collect(home) AS paths
RETURN {nodes: [path1 IN paths | [n1 IN nodes(path1) | {id: n1.id, kind: n1.kind, label: n1.name, nameEn: n1.nameEn, aliases: [i1 IN range(0, size(coalesce(n1.aliases, [])) - 1) | {name: n1.aliases[i1], script: coalesce(n1.aliasScripts, [])[i1]}], properties: properties(n1)}]], edges: [path1 IN paths | [rel1 IN relationships(path1) | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1), properties: properties(rel1)}]]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p0": "嘉兴",
//   "p1": [
//     "嘉兴"
//   ],
//   "p2": "嘉兴",
//   "p3": [
//     "Region"
//   ],
//   "p4": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "Academy",
//     "University",
//     "Organisation"
//   ]
// }
