// Which documents are loaded, with the hash of their source text.
// Parameters: none
// Columns: id, sha256
MATCH (d:Document)
RETURN d.id AS id, d.sha256 AS sha256
