OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (c1:Entity {id: $p0})
WITH __docs, collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p2
WITH __docs, found1 + collect(c1) AS found1
WITH __docs, reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p0 OR toLower(coalesce(y1.nameEn, '')) = $p3 OR y1.name IN $p1 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p1))] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH __docs, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p0]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p0] WHEN size([y1 IN cands1 WHERE y1.name IN $p1]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p1] ELSE cands1 END AS narrowed1
WITH __docs, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (ref1)-[m:MEASURED]->(ind:Indicator) WHERE ind.id = $p5 OR ind.name IN $p4 OR any(a2 IN coalesce(ind.aliases, []) WHERE a2 IN $p4) OR coalesce(ind.searchText, toLower(ind.name)) CONTAINS $p6
WITH __docs, narrowed1, ref1, ind, m ORDER BY ind.id, m.year, m.status, coalesce(m.scope, ''), coalesce(m.qualifier, ''), m.value
WITH __docs, narrowed1, ref1, ind, collect(m) AS ms
WITH __docs, narrowed1, ref1, collect(CASE WHEN ind IS NULL THEN null ELSE {ind: ind, ms: ms} END) AS series
RETURN [s1 IN series | {`indicator`: head([b1 IN [s1.ind] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id} END]), `points`: [o1 IN s1.ms | {year: o1.year, value: o1.value, unit: o1.unit, status: o1.status, scope: o1.scope, qualifier: o1.qualifier, sources: [loc1 IN coalesce(o1.sources, []) | head([doc1 IN __docs WHERE doc1.id = split(loc1, ':')[0] | {locator: loc1, kind: doc1.kind, document: doc1}] + [{locator: loc1, kind: 'DOCUMENT', document: null}])]}]}] AS data, [{argument: 'region', ids: [c IN narrowed1 | c.id]}] AS __refs

// parameters
// {
//   "p0": "嘉兴市",
//   "p1": [
//     "嘉兴市"
//   ],
//   "p2": [
//     "嘉兴市"
//   ],
//   "p3": "嘉兴市",
//   "p4": [
//     "研发"
//   ],
//   "p5": "研发",
//   "p6": "研发"
// }
