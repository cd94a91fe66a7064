// Up to $limit seed relations ($origin is the seed origin) that the current seeds no longer hold; run until it removes fewer.
// Relations added through the API have another origin and stay.
MATCH ()-[r]->()
WHERE r.origin = $origin AND r.seedVersion <> $version
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS removed
