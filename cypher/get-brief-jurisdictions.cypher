// Meeting brief for two jurisdictions: the items that units of both are responsible for. A unit counts for a
// jurisdiction when its own jurisdiction is it or lies inside it (永川区 PART_OF 重庆市), so district units join their
// municipality's side. $documentId null means every loaded document.
// Parameters: jurisdictionA, jurisdictionB, documentId
// Columns: id
MATCH (m:Item)
WHERE ($documentId IS NULL OR m.documentId = $documentId)
  AND EXISTS { (m)<-[:RESPONSIBLE_FOR]-(:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdictionA}) }
  AND EXISTS { (m)<-[:RESPONSIBLE_FOR]-(:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdictionB}) }
MATCH (d:Document {id: m.documentId})
RETURN m.id AS id
ORDER BY d.signedOn, d.docNumber, m.order
