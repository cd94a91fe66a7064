OPTIONAL MATCH (__d:Document)
WITH collect({id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}) AS __docs
OPTIONAL MATCH (s:Entity) WHERE s.id IN $p0
OPTIONAL MATCH (s)-[hops:LOCATED_IN*1..2]-(m:Entity) WHERE NOT m.id IN $p0
WITH __docs, m, min(size(hops)) AS distance ORDER BY distance, m.id LIMIT $p1
WITH __docs, collect(m) AS near
OPTIONAL MATCH (s:Entity) WHERE s.id IN $p0
WITH __docs, collect(s) + near AS ns
RETURN {nodes: [n1 IN ns | {id: n1.id, kind: n1.kind, label: n1.name}], edges: [n1 IN ns | [(n1)-[rel1:LOCATED_IN]->(o1:Entity) WHERE o1 IN ns | {id: coalesce(rel1.id, toString(id(rel1))), source: startNode(rel1).id, target: endNode(rel1).id, type: type(rel1), sources: [loc1 IN coalesce(rel1.sources, []) | head([doc1 IN __docs WHERE doc1.id = split(loc1, ':')[0] | {locator: loc1, kind: doc1.kind, document: doc1}] + [{locator: loc1, kind: 'DOCUMENT', document: null}])]}]]} AS data, [] AS __refs

// parameters
// {
//   "p0": [
//     "region.jiaxing"
//   ],
//   "p1": 10
// }
