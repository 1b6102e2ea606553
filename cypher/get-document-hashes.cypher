// Which documents are loaded, with the hash of their source text and of the rows written for them (null when written
// by a version that did not record it).
// Parameters: none
// Columns: id, sha256, rowsHash
MATCH (d:Document)
RETURN d.id AS id, d.sha256 AS sha256, d.rowsHash AS rowsHash
