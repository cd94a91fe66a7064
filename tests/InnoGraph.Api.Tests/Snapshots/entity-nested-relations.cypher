OPTIONAL MATCH (__meta:InnoGraphMeta {id: 'dataset'})
UNWIND CASE WHEN __meta.version = $sourcesHeld THEN [] ELSE [coalesce(__meta.version, '')] END AS __version
OPTIONAL MATCH (__d:Document)
WITH {version: head(collect(__version)), documents: collect(CASE WHEN __d IS NULL THEN null ELSE {id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END} END)} AS __provenance
OPTIONAL MATCH (n:Entity {id: $p1})
RETURN CASE WHEN n IS NULL THEN null ELSE {__kind: n.kind, `id`: n.id, `name`: n.name, `aliases`: [i1 IN range(0, size(coalesce(n.aliases, [])) - 1) | {name: n.aliases[i1], script: coalesce(n.aliasScripts, [])[i1]}], `sources`: [loc1 IN coalesce(n.sources, []) | {locator: loc1, source: split(loc1, ':')[0]}], `relations`: head([page1 IN [reduce(acc1 = [], x1 IN head([at1 IN [n] | [(at1)-[r1:CO_BUILT_WITH]->(m1:Entity) | {k: coalesce(m1.name, '') + '\u0001' + coalesce(r1.id, '') + '\u0001' + 'OUT', r: r1, m: m1, d: 'OUT'}]]) | [y1 IN acc1 WHERE y1.k < x1.k] + [x1] + [y1 IN acc1 WHERE NOT (y1.k < x1.k)])[..$p3]] | {`totalCount`: head([at1 IN [n] | size([(at1)-[r1:CO_BUILT_WITH]->(m1:Entity) | 1])]), `pageInfo`: {hasNextPage: size(page1) > $p2, hasPreviousPage: $p4, startCursor: head(page1).k, endCursor: last(page1[..$p2]).k}, `edges`: [e1 IN page1[..$p2] | head([n1 IN [e1.m] | {`cursor`: e1.k, `type`: type(e1.r), `role`: e1.r.role, `sources`: [loc2 IN coalesce(e1.r.sources, []) | {locator: loc2, source: split(loc2, ':')[0]}], `node`: CASE WHEN n1 IS NULL THEN null ELSE {__kind: n1.kind, `id`: n1.id, `name`: n1.name, `relations`: head([page2 IN [reduce(acc2 = [], x2 IN head([at2 IN [n1] | [(at2)-[r2]->(m2:Entity) | {k: coalesce(m2.name, '') + '\u0001' + coalesce(r2.id, '') + '\u0001' + 'OUT', r: r2, m: m2, d: 'OUT'}]]) + head([at2 IN [n1] | [(at2)<-[r2]-(m2:Entity) | {k: coalesce(m2.name, '') + '\u0001' + coalesce(r2.id, '') + '\u0001' + 'IN', r: r2, m: m2, d: 'IN'}]]) | [y2 IN acc2 WHERE y2.k < x2.k] + [x2] + [y2 IN acc2 WHERE NOT (y2.k < x2.k)])[..$p6]] | {`edges`: [e2 IN page2[..$p5] | head([n2 IN [e2.m] | {`node`: CASE WHEN n2 IS NULL THEN null ELSE {__kind: n2.kind, `id`: n2.id} END}])]}])} END}])]}])} END AS data, [] AS __refs, __provenance

// parameters
// {
//   "sourcesHeld": null,
//   "p1": "inst.tsinghua-yangtze-delta",
//   "p2": 2,
//   "p3": 3,
//   "p4": false,
//   "p5": 1,
//   "p6": 2
// }
