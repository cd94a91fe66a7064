OPTIONAL MATCH (__meta:InnoGraphMeta {id: 'dataset'})
UNWIND CASE WHEN __meta.version = $sourcesHeld THEN [] ELSE [coalesce(__meta.version, '')] END AS __version
OPTIONAL MATCH (__d:Document)
WITH {version: head(collect(__version)), documents: collect(CASE WHEN __d IS NULL THEN null ELSE {id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END} END)} AS __provenance
OPTIONAL MATCH (c1:Entity {id: $p1})
WITH __provenance, collect(c1) AS found1
OPTIONAL MATCH (k1:NameKey)-->(c1:Entity) WHERE k1.key IN $p3
WITH __provenance, found1 + collect(c1) AS found1
WITH __provenance, reduce(acc1 = [], x1 IN [y1 IN found1 WHERE (y1.id = $p1 OR toLower(coalesce(y1.nameEn, '')) = $p4 OR y1.name IN $p2 OR any(a1 IN coalesce(y1.aliases, []) WHERE a1 IN $p2))] | CASE WHEN x1 IN acc1 THEN acc1 ELSE acc1 + x1 END) AS cands1
WITH __provenance, CASE WHEN size([y1 IN cands1 WHERE y1.id = $p1]) > 0 THEN [y1 IN cands1 WHERE y1.id = $p1] WHEN size([y1 IN cands1 WHERE y1.name IN $p2]) > 0 THEN [y1 IN cands1 WHERE y1.name IN $p2] ELSE cands1 END AS narrowed1
WITH __provenance, narrowed1, CASE WHEN size(narrowed1) = 1 THEN narrowed1[0] END AS ref1
OPTIONAL MATCH (ref1)-[m:MEASURED]->(ind:Indicator) WHERE ind.id = $p6 OR ind.name IN $p5 OR any(a2 IN coalesce(ind.aliases, []) WHERE a2 IN $p5) OR coalesce(ind.searchText, toLower(ind.name)) CONTAINS $p7
WITH __provenance, narrowed1, ref1, ind, m ORDER BY ind.id, m.year, m.status, coalesce(m.scope, ''), coalesce(m.qualifier, ''), m.value
WITH __provenance, narrowed1, ref1, ind, collect(m) AS ms
WITH __provenance, narrowed1, ref1, collect(CASE WHEN ind IS NULL THEN null ELSE {ind: ind, ms: ms} END) AS series
RETURN [s1 IN series | {`indicator`: head([b1 IN [s1.ind] | CASE WHEN b1 IS NULL THEN null ELSE {__kind: b1.kind, `id`: b1.id} END]), `points`: [o1 IN s1.ms | {year: o1.year, value: o1.value, unit: o1.unit, status: o1.status, scope: o1.scope, qualifier: o1.qualifier, sources: [loc1 IN coalesce(o1.sources, []) | {locator: loc1, source: split(loc1, ':')[0]}]}]}] AS data, [{argument: 'region', ids: [c IN narrowed1 | c.id]}] AS __refs, __provenance

// parameters
// {
//   "sourcesHeld": null,
//   "p1": "嘉兴市",
//   "p2": [
//     "嘉兴市"
//   ],
//   "p3": [
//     "嘉兴市"
//   ],
//   "p4": "嘉兴市",
//   "p5": [
//     "研发"
//   ],
//   "p6": "研发",
//   "p7": "研发"
// }
