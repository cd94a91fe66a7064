// Per kind that must say where it is: bodies with a LOCATED_IN relation, bodies without one that
// give the reason (locationUnknown), and all bodies. Kinds without any body report zeros.
UNWIND $kinds AS kind
OPTIONAL MATCH (e:Entity {kind: kind})
OPTIONAL MATCH (e)-[l:LOCATED_IN]->(:Entity)
WITH kind, e, count(l) > 0 AS located
RETURN kind,
       sum(CASE WHEN located THEN 1 ELSE 0 END) AS located,
       sum(CASE WHEN e IS NOT NULL AND NOT located AND e.locationUnknown IS NOT NULL THEN 1 ELSE 0 END) AS withReason,
       count(e) AS total
