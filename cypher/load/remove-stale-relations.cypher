// Seed relations ($origin is the seed origin) that the current seeds no longer hold. Relations added through the API have another origin and stay.
MATCH ()-[r]->()
WHERE r.origin = $origin AND r.seedVersion <> $version
DELETE r
RETURN count(*) AS removed
