MATCH (e:Entity)
RETURN e.kind AS name, count(*) AS count
ORDER BY name
