// Measures are listed and filtered per document. list-measures hints a seek of this index (USING INDEX SEEK), and
// tests/integration/api/index-hints.test.ts checks that its plan seeks it: rename it in both places.
// Parameters: none
// Columns: none
CREATE INDEX item_document_id IF NOT EXISTS FOR (n:Item) ON (n.documentId)
