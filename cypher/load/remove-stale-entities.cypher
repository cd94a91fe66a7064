// Up to $limit seed entities ($origin is the seed origin) that the current seeds no longer hold; run until it removes fewer.
// Entities added through the API have another origin and stay. Each takes its links to name and search keys with it, and
// the keys that named nothing else: the clauses after SET are names/refresh-keys.cypher for e, which with no keys left drops them all.
MATCH (e:Entity)
WHERE e.origin = $origin AND e.seedVersion <> $version
WITH e LIMIT $limit
SET e.nameKeys = [], e.searchKeys = []
{{RefreshNameKeys}}
DETACH DELETE e
RETURN count(*) AS removed
