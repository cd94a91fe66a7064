// Whether the graph holds a seed relation ($origin is the seed origin) before a load; 1 or 0.
MATCH ()-[r]->()
WHERE r.origin = $origin
WITH r LIMIT 1
RETURN count(r) AS found
