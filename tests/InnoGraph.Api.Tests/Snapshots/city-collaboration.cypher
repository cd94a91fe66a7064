OPTIONAL MATCH (c1:Entity {id: $p3})
WITH collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p5
WITH found1 + collect(c1) AS found1
WITH reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p3 OR toLower(coalesce(y1.nameEn, '')) = $p6 OR y1.name IN $p4 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p4)) AND y1.kind IN $p7] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH CASE WHEN size([y1 IN cands1 WHERE y1.id = $p3]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p3] WHEN size([y1 IN cands1 WHERE y1.name IN $p4]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p4] ELSE cands1 END AS narrowed1
WITH narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH placed = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(ca:Region) WHERE i.kind IN $p8 AND NOT coalesce(i.type, '') IN $p2 AND ca.level = 'city'
OPTIONAL MATCH (i)-[r:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH]-(party:Entity) WHERE ((type(r) = 'CO_BUILT_WITH' AND (true)) OR (type(r) = 'PART_OF' AND (startNode(r).kind IN $p9 AND endNode(r).kind IN $p10)) OR (type(r) = 'RUNS' AND (true)) OR (type(r) = 'ADMINISTERS' AND (true)) OR (type(r) = 'ESTABLISHED' AND (true)) OR (type(r) = 'COOPERATES_WITH' AND (startNode(r).kind IN $p11 AND endNode(r).kind IN $p12 OR startNode(r).kind IN $p13 AND endNode(r).kind IN $p14)) OR (type(r) = 'COOPERATES_WITH' AND (startNode(r).kind IN $p15 AND endNode(r).kind IN $p16))) AND party.kind IN $p1 AND NOT coalesce(party.type, '') IN $p2
OPTIONAL MATCH homed = (party)-[:LOCATED_IN*1..2]->(home:Region)
WITH narrowed1, ref1, ca, i, r, party, placed, homed, CASE WHEN party.kind = 'Region' THEN party ELSE home END AS h
OPTIONAL MATCH rolled = (h)-[:PART_OF*0..3]->(hc:Region) WHERE hc.level = 'city'
WITH narrowed1, ref1, ca, i, party, coalesce(hc, h) AS cb, reduce(acc2 = [], r1 IN coalesce(coalesce(relationships(placed), []) + [r] + coalesce(relationships(homed), []) + coalesce(relationships(rolled), []), []) | acc2 + coalesce(r1.sources, [])) AS facts
WITH narrowed1, ref1, i, party, facts, CASE WHEN ca IS NULL OR cb IS NULL OR ca = cb OR NOT (ca = ref1 OR cb = ref1) THEN null WHEN cb = ref1 THEN [cb, ca] ELSE [ca, cb] END AS ends
WITH narrowed1, ref1, ends, reduce(seen1 = [], x2 IN collect(i) + collect(party) | CASE WHEN x2 IN seen1 OR x2.kind = 'Region' THEN seen1 ELSE seen1 + x2 END) AS bodies, reduce(acc3 = [], x3 IN reduce(all1 = [], list1 IN collect(facts) | all1 + coalesce(list1, [])) | CASE WHEN x3 IN acc3 THEN acc3 ELSE acc3 + x3 END) AS linkFacts
WITH narrowed1, ref1, collect(CASE WHEN ends IS NULL THEN null ELSE {a: ends[0], b: ends[1], bodies: bodies, facts: linkFacts} END) AS links
RETURN {nodes: [link1 IN links | [{id: link1.a.id, kind: link1.a.kind, label: link1.a.name}, {id: link1.b.id, kind: link1.b.kind, label: link1.b.name}]], edges: [link1 IN links | {id: link1.a.id + '|COLLABORATES_WITH|' + link1.b.id, source: link1.a.id, target: link1.b.id, type: 'COLLABORATES_WITH', weight: size(link1.bodies), via: [v1 IN link1.bodies | {id: v1.id, kind: v1.kind, label: v1.name}]}]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

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
//   ]
// }
