// Every pair of units across two jurisdictions that share at least one item (both responsible for it), with the items.
// A unit is on a side when its own jurisdiction is that one or lies inside it (永川区 PART_OF 重庆市), as in the
// jurisdiction filters and the briefs. When one side lies inside the other (重庆市 and 永川区), a unit inside both is on
// the inner side only, so the matrix pairs the district with the rest of the municipality. Each side's units are
// found once, before the items are walked: testing the jurisdiction path of every unit met on every shared item made
// the matrix take 1.5 s with 1,000 documents.
// Parameters: jurisdictionA, jurisdictionB
// Columns: aId, bId, measureIds
MATCH (ja:Jurisdiction {name: $jurisdictionA}), (jb:Jurisdiction {name: $jurisdictionB})
WITH ja, jb, EXISTS { (ja)-[:PART_OF*1..]->(jb) } AS aInsideB, EXISTS { (jb)-[:PART_OF*1..]->(ja) } AS bInsideA
WITH ja, jb, aInsideB, bInsideA,
     COLLECT {
       MATCH (u:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja)
       WHERE aInsideB OR NOT EXISTS { (u)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb) }
       RETURN DISTINCT u
     } AS sideA,
     COLLECT {
       MATCH (u:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb)
       WHERE bInsideA OR NOT EXISTS { (u)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja) }
       RETURN DISTINCT u
     } AS sideB
// Walk the items from the side with fewer responsibilities (with the two seeds, 永川区's units name 33 attachment
// items and 重庆市's units the joint plan's measures too), and find the other side's units on them: the walk grows
// with the smaller side, not the larger. No unit on one side: no pairs, no walk.
WITH sideA, sideB,
     reduce(n = 0, d IN [u IN sideA | COUNT { (u)-[:RESPONSIBLE_FOR]->() }] | n + d)
       <= reduce(n = 0, d IN [u IN sideB | COUNT { (u)-[:RESPONSIBLE_FOR]->() }] | n + d) AS fromA
UNWIND CASE WHEN size(sideA) = 0 OR size(sideB) = 0 THEN [] WHEN fromA THEN sideA ELSE sideB END AS near
MATCH (near)-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(far:Unit)
WHERE near <> far AND far IN CASE WHEN fromA THEN sideB ELSE sideA END
WITH CASE WHEN fromA THEN near ELSE far END AS a, CASE WHEN fromA THEN far ELSE near END AS b, i
ORDER BY i.documentId, i.order
WITH a, b, collect(DISTINCT i.id) AS measureIds
RETURN a.id AS aId, b.id AS bId, measureIds
ORDER BY size(measureIds) DESC, a.name, b.name
