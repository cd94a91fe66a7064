// Links entity {{Entity}} to the :NameKey node of each of its nameKeys and the :SearchKey node of each of its searchKeys,
// and drops its links to keys it no longer has, and those keys when nothing else has them. Links already there stay, and
// only missing ones are created, found from the entity's side, so the cost is the entity's keys, never a key's degree.
// {{Entity}} is a variable name the statement builder chooses, never input. Only FOREACH clauses, so it fits into any statement without changing its rows.
FOREACH (oldKey IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [(k:NameKey)-[:NAMES]->({{Entity}}) WHERE NOT k.key IN coalesce({{Entity}}.nameKeys, []) | k] END |
  FOREACH (gone IN [(oldKey)-[link:NAMES]->({{Entity}}) | link] | DELETE gone)
  FOREACH (orphan IN CASE WHEN size((oldKey)-->()) = 0 THEN [oldKey] ELSE [] END | DELETE orphan))
FOREACH (keyText IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [t IN coalesce({{Entity}}.nameKeys, []) WHERE NOT t IN [(k:NameKey)-[:NAMES]->({{Entity}}) | k.key]] END |
  MERGE (nameKey:NameKey {key: keyText})
  CREATE (nameKey)-[:NAMES]->({{Entity}}))
FOREACH (oldKey IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [(k:SearchKey)-[:SEARCHES]->({{Entity}}) WHERE NOT k.key IN coalesce({{Entity}}.searchKeys, []) | k] END |
  FOREACH (gone IN [(oldKey)-[link:SEARCHES]->({{Entity}}) | link] | DELETE gone)
  FOREACH (orphan IN CASE WHEN size((oldKey)-->()) = 0 THEN [oldKey] ELSE [] END | DELETE orphan))
FOREACH (keyText IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [t IN coalesce({{Entity}}.searchKeys, []) WHERE NOT t IN [(k:SearchKey)-[:SEARCHES]->({{Entity}}) | k.key]] END |
  MERGE (searchKey:SearchKey {key: keyText})
  CREATE (searchKey)-[:SEARCHES]->({{Entity}}))
