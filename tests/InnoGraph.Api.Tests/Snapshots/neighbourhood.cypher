OPTIONAL MATCH (__meta:InnoGraphMeta {id: 'dataset'})
UNWIND CASE WHEN __meta.version = $sourcesHeld THEN [] ELSE [coalesce(__meta.version, '')] END AS __version
OPTIONAL MATCH (__d:Document)
WITH {version: head(collect(__version)), documents: collect(CASE WHEN __d IS NULL THEN null ELSE {id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END} END)} AS __provenance
OPTIONAL MATCH (s:Entity) WHERE s.id IN $p1
OPTIONAL MATCH (s)-[hops:LOCATED_IN*1..2]-(m:Entity) WHERE NOT m.id IN $p1
WITH __provenance, m, min(size(hops)) AS distance ORDER BY distance, m.id LIMIT $p2
WITH __provenance, collect(m) AS near
OPTIONAL MATCH (s:Entity) WHERE s.id IN $p1
WITH __provenance, collect(s) + near AS ns
RETURN {nodes: [n1 IN ns | {id: n1.id, kind: n1.kind, label: n1.name}], edges: [n1 IN ns | [(n1)-[rel1:LOCATED_IN]->(o1:Entity) WHERE o1 IN ns | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1), sources: [loc1 IN coalesce(rel1.sources, []) | {locator: loc1, source: split(loc1, ':')[0]}]}]]} AS data, [] AS __refs, __provenance

// parameters
// {
//   "sourcesHeld": null,
//   "p1": [
//     "region.jiaxing"
//   ],
//   "p2": 10
// }
