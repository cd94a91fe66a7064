// Seed relations the current seeds no longer hold. Relations added through the API have another origin and stay.
MATCH ()-[r]->()
WHERE r.origin = 'seed' AND r.seedVersion <> $version
DELETE r
RETURN count(*) AS removed
