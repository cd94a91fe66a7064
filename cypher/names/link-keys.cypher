// Links entity {{Entity}}, new and so without key links, to the :NameKey node of each of its nameKeys and the :SearchKey node of each of its searchKeys.
// {{Entity}} is a variable name the statement builder chooses, never input. Only FOREACH clauses, so it fits into any statement without changing its rows.
FOREACH (keyText IN coalesce({{Entity}}.nameKeys, []) | MERGE (nameKey:NameKey {key: keyText}) CREATE (nameKey)-[:NAMES]->({{Entity}}))
FOREACH (keyText IN coalesce({{Entity}}.searchKeys, []) | MERGE (searchKey:SearchKey {key: keyText}) CREATE (searchKey)-[:SEARCHES]->({{Entity}}))
