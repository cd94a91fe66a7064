MATCH (e:Entity)
WHERE e.seedVersion = $version
OPTIONAL MATCH (e)-[r]->()
RETURN count(DISTINCT e) AS entities, count(r) AS relations
