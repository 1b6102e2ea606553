// Sections by document: a reload deletes the document's sections before writing them again (delete-document-owned),
// which without this index scans every section of every document — a cost that grows with each document loaded.
// Parameters: none
// Columns: none
CREATE INDEX section_document_id IF NOT EXISTS FOR (n:Section) ON (n.documentId)
