// Links entity {{Entity}} to the :NameKey node of each of its nameKeys and the :SearchKey node of each of its searchKeys,
// and drops its links to keys it no longer has; links already there stay.
// {{Entity}} is a variable name the statement builder chooses, never input. Only FOREACH clauses, so it fits into any statement without changing its rows.
FOREACH (gone IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [(oldKey:NameKey)-[link:NAMES]->({{Entity}}) WHERE NOT oldKey.key IN coalesce({{Entity}}.nameKeys, []) | link] END |
  DELETE gone)
FOREACH (keyText IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE coalesce({{Entity}}.nameKeys, []) END |
  MERGE (nameKey:NameKey {key: keyText})
  MERGE (nameKey)-[:NAMES]->({{Entity}}))
FOREACH (gone IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE [(oldKey:SearchKey)-[link:SEARCHES]->({{Entity}}) WHERE NOT oldKey.key IN coalesce({{Entity}}.searchKeys, []) | link] END |
  DELETE gone)
FOREACH (keyText IN CASE WHEN {{Entity}} IS NULL THEN [] ELSE coalesce({{Entity}}.searchKeys, []) END |
  MERGE (searchKey:SearchKey {key: keyText})
  MERGE (searchKey)-[:SEARCHES]->({{Entity}}))
