OPTIONAL MATCH (c1:Entity {id: $p3})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p5
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p3 OR toLower(coalesce(y1.nameEn, '')) = $p6 OR y1.name IN $p4 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p4)) AND y1.kind IN $p7] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p3]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p3] WHEN size([y1 IN cands1 WHERE y1.name IN $p4]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p4] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH located = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(ref1) WHERE i.kind IN $p8 AND NOT coalesce(i.type, '') IN $p2
WITH narrowed1, ref1, collect(located) AS placed, collect(DISTINCT i) AS hosts
UNWIND CASE WHEN size(hosts) = 0 THEN [null] ELSE hosts END AS h
OPTIONAL MATCH walk = (h)-[:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH*1..3]-(party:Entity) WHERE ALL(n1 IN nodes(walk) WHERE n1.kind IN $p1 AND NOT coalesce(n1.type, '') IN $p2) AND ALL(r1 IN relationships(walk) WHERE ((type(r1) = 'CO_BUILT_WITH' AND (true)) OR (type(r1) = 'PART_OF' AND (startNode(r1).kind IN $p9 AND endNode(r1).kind IN $p10)) OR (type(r1) = 'RUNS' AND (true)) OR (type(r1) = 'ADMINISTERS' AND (true)) OR (type(r1) = 'ESTABLISHED' AND (true)) OR (type(r1) = 'COOPERATES_WITH' AND (startNode(r1).kind IN $p11 AND endNode(r1).kind IN $p12 OR startNode(r1).kind IN $p13 AND endNode(r1).kind IN $p14)) OR (type(r1) = 'COOPERATES_WITH' AND (startNode(r1).kind IN $p15 AND endNode(r1).kind IN $p16)))) AND NONE(n2 IN nodes(walk)[1..length(walk)] WHERE n2.kind IN $p17)
OPTIONAL MATCH home = (party)-[:LOCATED_IN]->(:Region)
WITH narrowed1, ref1, placed + collect(walk) + collect(home) AS paths
RETURN {nodes: [path1 IN paths | [n3 IN nodes(path1) | {id: n3.id, kind: n3.kind, label: n3.name}]], edges: [path1 IN paths | [rel1 IN relationships(path1) | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1)}]]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p1": [
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
//   "p2": [
//     "service-window",
//     "application",
//     "information-system",
//     "technician-school"
//   ],
//   "p3": "嘉兴",
//   "p4": [
//     "嘉兴"
//   ],
//   "p5": [
//     "嘉兴"
//   ],
//   "p6": "嘉兴",
//   "p7": [
//     "Region"
//   ],
//   "p8": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "University",
//     "Academy"
//   ],
//   "p9": [
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Platform",
//     "University",
//     "Academy"
//   ],
//   "p10": [
//     "University",
//     "Academy",
//     "Institute",
//     "Enterprise"
//   ],
//   "p11": [
//     "Region",
//     "GovernmentBody"
//   ],
//   "p12": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
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
//     "Region",
//     "GovernmentBody"
//   ],
//   "p15": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p16": [
//     "University",
//     "Academy",
//     "Institute",
//     "Laboratory",
//     "RdCentre",
//     "Enterprise",
//     "Organisation"
//   ],
//   "p17": [
//     "Region",
//     "GovernmentBody"
//   ]
// }
