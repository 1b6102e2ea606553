// The document's sections (一、 …, 附件).
// Parameters: rows [{id, documentId, number, ordinal, order, title, kind}]
// Columns: none
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (s:Section {id: row.id, documentId: row.documentId, number: row.number, ordinal: row.ordinal, order: row.order, title: row.title, kind: row.kind})
CREATE (s)-[:PART_OF]->(d)
