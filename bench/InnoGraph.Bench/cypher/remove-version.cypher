// Removes what an earlier iteration loaded, so every load writes into the same empty state.
MATCH (e:Entity)
WHERE e.seedVersion = $version
DETACH DELETE e
