// Full-text search over measure titles and texts (index measure_text, cjk analyzer). $query is a Lucene query the
// service built from escaped user text.
// Parameters: query, limit
// Columns: id, score
CALL db.index.fulltext.queryNodes('measure_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node.id AS id, score
