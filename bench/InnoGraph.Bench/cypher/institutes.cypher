// The "1" of N+1: the institutes, without their relations.
MATCH (i:Institute)
WHERE i.id IN $ids
RETURN i.id AS id, i.name AS name
ORDER BY id
