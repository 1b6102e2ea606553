// Writes the document node itself.
// Parameters: document
// Columns: none
MERGE (d:Document {id: $document.id})
SET d += $document
