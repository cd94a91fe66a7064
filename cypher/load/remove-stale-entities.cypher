// Up to $limit seed entities ($origin is the seed origin) that the current seeds no longer hold; run until it removes fewer.
// Entities added through the API have another origin and stay.
MATCH (e:Entity)
WHERE e.origin = $origin AND e.seedVersion <> $version
WITH e LIMIT $limit
DETACH DELETE e
RETURN count(*) AS removed
