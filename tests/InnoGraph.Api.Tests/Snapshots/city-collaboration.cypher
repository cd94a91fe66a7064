OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p2 OR toLower(coalesce(c1.nameEn, '')) = $p4 OR c1.name IN $p3 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p3)) AND c1.kind IN $p5
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p2]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p2] WHEN size([y1 IN cands1 WHERE y1.name IN $p3]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p3] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH placed = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(ca:Region) WHERE i.kind IN $p6 AND NOT coalesce(i.type, '') IN $p1 AND ca.level = 'city'
OPTIONAL MATCH (i)-[r:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH]-(party:Entity) WHERE ((type(r) = 'CO_BUILT_WITH' AND (true)) OR (type(r) = 'PART_OF' AND (startNode(r).kind IN $p7 AND endNode(r).kind IN $p8)) OR (type(r) = 'RUNS' AND (true)) OR (type(r) = 'ADMINISTERS' AND (true)) OR (type(r) = 'ESTABLISHED' AND (true)) OR (type(r) = 'COOPERATES_WITH' AND (startNode(r).kind IN $p9 AND endNode(r).kind IN $p10 OR startNode(r).kind IN $p11 AND endNode(r).kind IN $p12)) OR (type(r) = 'COOPERATES_WITH' AND (startNode(r).kind IN $p13 AND endNode(r).kind IN $p14))) AND party.kind IN $p0 AND NOT coalesce(party.type, '') IN $p1
OPTIONAL MATCH homed = (party)-[:LOCATED_IN*1..2]->(home:Region)
WITH __docs, narrowed1, ref1, ca, i, r, party, placed, homed, CASE WHEN party.kind = 'Region' THEN party ELSE home END AS h
OPTIONAL MATCH rolled = (h)-[:PART_OF*0..3]->(hc:Region) WHERE hc.level = 'city'
WITH __docs, narrowed1, ref1, ca, i, party, coalesce(hc, h) AS cb, reduce(acc1 = [], r1 IN coalesce(coalesce(relationships(placed), []) + [r] + coalesce(relationships(homed), []) + coalesce(relationships(rolled), []), []) | acc1 + coalesce(r1.sources, [])) AS facts
WITH __docs, narrowed1, ref1, i, party, facts, CASE WHEN ca IS NULL OR cb IS NULL OR ca = cb OR NOT (ca = ref1 OR cb = ref1) THEN null WHEN cb = ref1 THEN [cb, ca] ELSE [ca, cb] END AS ends
WITH __docs, narrowed1, ref1, ends, reduce(seen1 = [], x1 IN collect(i) + collect(party) | CASE WHEN x1 IN seen1 OR x1.kind = 'Region' THEN seen1 ELSE seen1 + x1 END) AS bodies, reduce(seen2 = [], l1 IN reduce(all1 = [], list1 IN collect(facts) | all1 + coalesce(list1, [])) | CASE WHEN l1 IN seen2 THEN seen2 ELSE seen2 + l1 END) AS linkFacts
WITH __docs, narrowed1, ref1, collect(CASE WHEN ends IS NULL THEN null ELSE {a: ends[0], b: ends[1], bodies: bodies, facts: linkFacts} END) AS links
RETURN {nodes: [link1 IN links | [{id: link1.a.id, kind: link1.a.kind, label: link1.a.name}, {id: link1.b.id, kind: link1.b.kind, label: link1.b.name}]], edges: [link1 IN links | {id: link1.a.id + '|COLLABORATES_WITH|' + link1.b.id, source: link1.a.id, target: link1.b.id, type: 'COLLABORATES_WITH', weight: size(link1.bodies), via: [v1 IN link1.bodies | {id: v1.id, kind: v1.kind, label: v1.name}]}]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

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
//   ]
// }
