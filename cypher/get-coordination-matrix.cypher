// Every pair of units across two jurisdictions that share at least one item (both responsible for it), with the items.
// A unit is on a side when its own jurisdiction is that one or lies inside it (永川区 PART_OF 重庆市), as in the
// jurisdiction filters and the briefs. When one side lies inside the other (重庆市 and 永川区), a unit inside both is on
// the inner side only, so the matrix pairs the district with the rest of the municipality.
// Parameters: jurisdictionA, jurisdictionB
// Columns: aId, bId, measureIds
MATCH (ja:Jurisdiction {name: $jurisdictionA}), (jb:Jurisdiction {name: $jurisdictionB})
WITH ja, jb, EXISTS { (ja)-[:PART_OF*1..]->(jb) } AS aInsideB, EXISTS { (jb)-[:PART_OF*1..]->(ja) } AS bInsideA
MATCH (a:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja)
WHERE aInsideB OR NOT EXISTS { (a)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb) }
MATCH (a)-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(b:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb)
WHERE a <> b AND (bInsideA OR NOT EXISTS { (b)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja) })
WITH a, b, i ORDER BY i.documentId, i.order
WITH a, b, collect(DISTINCT i.id) AS measureIds
RETURN a.id AS aId, b.id AS bId, measureIds
ORDER BY size(measureIds) DESC, a.name, b.name
