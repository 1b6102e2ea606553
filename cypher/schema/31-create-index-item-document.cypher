// Measures are listed and filtered per document. list-measures hints this index (USING INDEX), and
// tests/integration/api/index-hints.test.ts checks that its plan seeks it: rename it in both places.
// Parameters: none
// Columns: none
CREATE INDEX item_document_id IF NOT EXISTS FOR (n:Item) ON (n.documentId)
