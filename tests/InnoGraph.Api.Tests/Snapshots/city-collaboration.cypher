OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity) WHERE (c1.id = $p0 OR toLower(coalesce(c1.nameEn, '')) = $p2 OR c1.name IN $p1 OR any(a1 IN coalesce(c1.aliases, []) WHERE a1 IN $p1)) AND c1.kind IN $p3
WITH __docs, collect(DISTINCT c1) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p0]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p0] WHEN size([y1 IN cands1 WHERE y1.name IN $p1]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p1] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH placed = (i:Entity)-[:LOCATED_IN*1..2]->(:Region)-[:PART_OF*0..3]->(ca:Region) WHERE i.kind IN $p4 AND ca.level = 'city'
OPTIONAL MATCH built = (i)-[:CO_BUILT_WITH]->(party:Entity)-[:LOCATED_IN]->(h:Region)
OPTIONAL MATCH rolled = (h)-[:PART_OF*0..3]->(hc:Region) WHERE hc.level = 'city'
WITH __docs, narrowed1, ref1, ca, i, party, coalesce(hc, h) AS cb, reduce(acc1 = [], r1 IN coalesce(coalesce(relationships(placed), []) + coalesce(relationships(built), []) + coalesce(relationships(rolled), []), []) | acc1 + coalesce(r1.sources, [])) AS facts
WITH __docs, narrowed1, ref1, ca, cb, collect(DISTINCT i) AS insts, collect(DISTINCT party) AS parties, reduce(seen1 = [], l1 IN reduce(all1 = [], list1 IN collect(facts) | all1 + coalesce(list1, [])) | CASE WHEN l1 IN seen1 THEN seen1 ELSE seen1 + l1 END) AS facts
WITH __docs, narrowed1, ref1, collect(CASE WHEN ca IS NULL OR cb IS NULL OR ca = cb OR NOT (ca = ref1 OR cb = ref1) THEN null ELSE {a: ca, b: cb, insts: insts, parties: parties, facts: facts} END) AS links
RETURN {nodes: [link1 IN links | [{id: link1.a.id, kind: link1.a.kind, label: link1.a.name, nameEn: link1.a.nameEn, aliases: [i2 IN range(0, size(coalesce(link1.a.aliases, [])) - 1) | {name: link1.a.aliases[i2], script: coalesce(link1.a.aliasScripts, [])[i2]}], properties: properties(link1.a)}, {id: link1.b.id, kind: link1.b.kind, label: link1.b.name, nameEn: link1.b.nameEn, aliases: [i3 IN range(0, size(coalesce(link1.b.aliases, [])) - 1) | {name: link1.b.aliases[i3], script: coalesce(link1.b.aliasScripts, [])[i3]}], properties: properties(link1.b)}]], edges: [link1 IN links | {id: link1.a.id + '|COLLABORATES_WITH|' + link1.b.id, source: link1.a.id, target: link1.b.id, type: 'COLLABORATES_WITH', weight: size(link1.insts), properties: {institutes: [x IN link1.insts | x.id], parties: [x IN link1.parties | x.id]}, via: [v1 IN link1.insts | {id: v1.id, kind: v1.kind, label: v1.name, nameEn: v1.nameEn, aliases: [i1 IN range(0, size(coalesce(v1.aliases, [])) - 1) | {name: v1.aliases[i1], script: coalesce(v1.aliasScripts, [])[i1]}], properties: properties(v1)}]}]} AS data, [{argument: 'city', ids: [c IN narrowed1 | c.id]}] AS __refs

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
