// Who issued the document.
// Parameters: documentId, rows [{unitId, position}]
// Columns: none
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MATCH (u:Unit {id: row.unitId})
MERGE (d)-[r:ISSUED_BY]->(u)
SET r.position = row.position
