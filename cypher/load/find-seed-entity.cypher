// Whether the graph holds a seed entity ($origin is the seed origin) before a load; 1 or 0.
MATCH (e:Entity)
WHERE e.origin = $origin
WITH e LIMIT 1
RETURN count(e) AS found
