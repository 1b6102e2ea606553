// Which documents are loaded, with the hash of their source text.
// Parameters: none
// Columns: id, docNumber, sha256
MATCH (d:Document)
RETURN d.id AS id, d.docNumber AS docNumber, d.sha256 AS sha256
