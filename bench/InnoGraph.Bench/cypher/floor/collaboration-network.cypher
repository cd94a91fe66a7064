// The bodies placed in a city (directly, or in a park or district of it), their partners one link
// away by the ways the documents express collaboration (co-built; a branch part of its parent; run,
// administered or established by; a cooperation agreement between a government and a body or
// between bodies), and the partners' home regions: the same graph the API answers, nodes with their kind
// and name, relations with their ends and type.
MATCH (city:Entity {id: $id})
OPTIONAL MATCH placed = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(city)
WHERE i.kind IN $hosts AND NOT coalesce(i.type, '') IN $notPartner
WITH city, collect(placed) AS placed, collect(DISTINCT i) AS hosts
UNWIND hosts AS h
OPTIONAL MATCH link = (h)-[r:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH]-(p:Entity)
WHERE p.kind IN $partners AND NOT coalesce(p.type, '') IN $notPartner
  AND (type(r) IN ['CO_BUILT_WITH', 'RUNS', 'ADMINISTERS', 'ESTABLISHED']
    OR (type(r) = 'PART_OF'
      AND startNode(r).kind IN ['Institute', 'Laboratory', 'RdCentre', 'Platform', 'University', 'Academy']
      AND endNode(r).kind IN ['University', 'Academy', 'Institute', 'Enterprise'])
    OR (type(r) = 'COOPERATES_WITH'
      AND (startNode(r).kind IN ['Region', 'GovernmentBody'] OR startNode(r).kind IN $agreeing)
      AND (endNode(r).kind IN ['Region', 'GovernmentBody'] OR endNode(r).kind IN $agreeing)
      AND NOT (startNode(r).kind IN ['Region', 'GovernmentBody'] AND endNode(r).kind IN ['Region', 'GovernmentBody'])))
OPTIONAL MATCH home = (p)-[:LOCATED_IN]->(:Region)
WITH city, placed + collect(link) + collect(home) AS paths
RETURN [city.id] + reduce(acc = [], x IN paths | acc + [n IN nodes(x) | n.id]) AS ids,
  [x IN paths | [n IN nodes(x) | {id: n.id, kind: n.kind, label: n.name}]] AS nodes,
  [x IN paths | [r IN relationships(x) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]] AS edges
