// Measures are listed and filtered per document.
// Parameters: none
// Columns: none
CREATE INDEX item_document_id IF NOT EXISTS FOR (n:Item) ON (n.documentId)
