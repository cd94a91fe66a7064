OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p2 OR toLower(coalesce(c1.nameEn, '')) = $p4 OR c1.name IN $p3 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p3)) AND c1.kind IN $p5
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p2]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p2] WHEN size([y1 IN cands1 WHERE y1.name IN $p3]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p3] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH located = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(ref1) WHERE i.kind IN $p6 AND NOT coalesce(i.type, '') IN $p1
WITH __docs, narrowed1, ref1, collect(located) AS placed, collect(DISTINCT i) AS hosts
UNWIND CASE WHEN size(hosts) = 0 THEN [null] ELSE hosts END AS h
OPTIONAL MATCH walk = (h)-[:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH*1..3]-(party:Entity) WHERE ALL(n1 IN nodes(walk) WHERE n1.kind IN $p0 AND NOT coalesce(n1.type, '') IN $p1) AND ALL(r1 IN relationships(walk) WHERE ((type(r1) = 'CO_BUILT_WITH' AND (true)) OR (type(r1) = 'PART_OF' AND (startNode(r1).kind IN $p7 AND endNode(r1).kind IN $p8)) OR (type(r1) = 'RUNS' AND (true)) OR (type(r1) = 'ADMINISTERS' AND (true)) OR (type(r1) = 'ESTABLISHED' AND (true)) OR (type(r1) = 'COOPERATES_WITH' AND (startNode(r1).kind IN $p9 AND endNode(r1).kind IN $p10 OR startNode(r1).kind IN $p11 AND endNode(r1).kind IN $p12)) OR (type(r1) = 'COOPERATES_WITH' AND (startNode(r1).kind IN $p13 AND endNode(r1).kind IN $p14)))) AND NONE(n2 IN nodes(walk)[1..length(walk)] WHERE n2.kind IN $p15)
OPTIONAL MATCH home = (party)-[:LOCATED_IN]->(:Region)
WITH __docs, narrowed1, ref1, placed + collect(walk) + collect(home) AS paths
RETURN {nodes: [path1 IN paths | [n3 IN nodes(path1) | {id: n3.id, kind: n3.kind, label: n3.name}]], edges: [path1 IN paths | [rel1 IN relationships(path1) | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1)}]]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p0": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "University",
//     "Academy",
//     "Enterprise",
//     "Organisation",
//     "GovernmentBody",
//     "Region"
//   ],
//   "p1": [
//     "service-window",
//     "application",
//     "information-system",
//     "technician-school"
//   ],
//   "p2": "嘉兴",
//   "p3": [
//     "嘉兴"
//   ],
//   "p4": "嘉兴",
//   "p5": [
//     "Region"
//   ],
//   "p6": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "University",
//     "Academy"
//   ],
//   "p7": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "University",
//     "Academy"
//   ],
//   "p8": [
//     "University",
//     "Academy",
//     "Institute",
//     "Enterprise"
//   ],
//   "p9": [
//     "Region",
//     "GovernmentBody"
//   ],
//   "p10": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p11": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p12": [
//     "Region",
//     "GovernmentBody"
//   ],
//   "p13": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p14": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p15": [
//     "Region",
//     "GovernmentBody"
//   ]
// }
