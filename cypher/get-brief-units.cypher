// Meeting brief for a pair of units: the items both are responsible for (canonical names, resolved beforehand).
// Parameters: unitA, unitB, documentId
// Columns: id
MATCH (:Unit {name: $unitA})-[:RESPONSIBLE_FOR]->(m:Item)<-[:RESPONSIBLE_FOR]-(:Unit {name: $unitB})
WHERE $documentId IS NULL OR m.documentId = $documentId
WITH DISTINCT m
MATCH (d:Document {id: m.documentId})
RETURN m.id AS id
ORDER BY d.signedOn, d.docNumber, m.order
