// The bodies placed in a city (directly, or in a park or district of it), their partners one link
// away by the ways the documents express collaboration, and the partners' home regions.
MATCH (city:Entity {id: $id})
OPTIONAL MATCH placed = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(city)
WHERE i.kind IN $hosts AND NOT coalesce(i.type, '') IN $notPartner
WITH city, collect(placed) AS placed, collect(DISTINCT i) AS hosts
UNWIND hosts AS h
OPTIONAL MATCH (h)-[:CO_BUILT_WITH|PART_OF|RUNS|ADMINISTERS|ESTABLISHED|COOPERATES_WITH]-(p:Entity)
WHERE p.kind IN $partners AND NOT coalesce(p.type, '') IN $notPartner
OPTIONAL MATCH (p)-[:LOCATED_IN]->(home:Region)
WITH city, placed, collect(DISTINCT p.id) + collect(DISTINCT home.id) AS reached
RETURN [city.id] + reduce(acc = [], x IN placed | acc + [n IN nodes(x) | n.id]) + reached AS ids
