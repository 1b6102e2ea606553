// Full-text search over measure titles and texts (index measure_text, cjk analyzer). $query is a Lucene query the
// service built from escaped user text. Each hit carries the item's fields (as get-items-by-ids returns them), which
// prime itemById.
// Parameters: query, limit
// Columns: id, score, measure
CALL db.index.fulltext.queryNodes('measure_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node.id AS id, score,
       node {.id, .documentId, .sectionId, .number, .ordinal, .order, .kind, .title, .text, .start, .end} AS measure
