// Whether a document is in the graph, at the start of its load: only then is there anything for delete-document-owned
// to remove. A statement this small compiles in a fraction of that one's time on a cold server, and the first load after
// a start is mostly compiling (README, "Ingestion" figures).
// Parameters: documentId
// Columns: id (one row when the document is there; none for a new one)
MATCH (d:Document {id: $documentId})
RETURN d.id AS id
