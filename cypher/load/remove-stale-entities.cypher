// Seed entities ($origin is the seed origin) that the current seeds no longer hold. Entities added through the API have another origin and stay.
MATCH (e:Entity)
WHERE e.origin = $origin AND e.seedVersion <> $version
DETACH DELETE e
RETURN count(*) AS removed
