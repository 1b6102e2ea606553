// The exact source text of documents, loaded apart from the document fields because it is large and only excerpts
// (Measure.source) and PolicyDocument.source need it.
// Parameters: ids
// Columns: id, source
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.source AS source
