MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS name, count(*) AS count
ORDER BY name
