// Meeting brief for two jurisdictions: the items that units of both are responsible for. A unit counts for a
// jurisdiction when its own jurisdiction is it or lies inside it (永川区 PART_OF 重庆市), so district units join their
// municipality's side. When one lies inside the other (重庆市, 永川区), a unit of both is on the inner side only (as in
// get-coordination-matrix), so an item needs a unit on each side, two different units. $documentId null means every
// loaded document.
// Parameters: jurisdictionA, jurisdictionB, documentId
// Columns: id
MATCH (ja:Jurisdiction {name: $jurisdictionA}), (jb:Jurisdiction {name: $jurisdictionB})
WITH ja, jb, EXISTS { (ja)-[:PART_OF*1..]->(jb) } AS aInsideB, EXISTS { (jb)-[:PART_OF*1..]->(ja) } AS bInsideA
MATCH (m:Item)
WHERE ($documentId IS NULL OR m.documentId = $documentId)
  AND EXISTS {
    MATCH (m)<-[:RESPONSIBLE_FOR]-(a:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja)
    WHERE aInsideB OR NOT EXISTS { (a)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb) }
  }
  AND EXISTS {
    MATCH (m)<-[:RESPONSIBLE_FOR]-(b:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(jb)
    WHERE bInsideA OR NOT EXISTS { (b)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(ja) }
  }
MATCH (d:Document {id: m.documentId})
RETURN m.id AS id
ORDER BY d.signedOn, d.docNumber, m.order
