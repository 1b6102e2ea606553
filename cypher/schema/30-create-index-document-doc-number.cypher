// Documents are looked up by their number (渝府办发〔2023〕51号).
// Parameters: none
// Columns: none
CREATE CONSTRAINT document_doc_number IF NOT EXISTS FOR (n:Document) REQUIRE n.docNumber IS UNIQUE
