// At the start of a load: whether the document is in the graph (only then is there anything for delete-document-owned
// to remove), and which of the other names of its renamed units are (only then does merge-renames run). A statement this
// small compiles in a fraction of those two's time on a cold server, and the first load after a start is mostly
// compiling (README, "Benchmarks").
// The ids of the other names of the document's renamed units come in a map, as the load's rows do: the plan cache
// keeps one plan per size class of a top-level list.
// Parameters: documentId, ask {unitIds}
// Columns: id (null for a new document), present (those of unitIds in the graph)
OPTIONAL MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (u:Unit) WHERE u.id IN $ask.unitIds
RETURN d.id AS id, collect(u.id) AS present
