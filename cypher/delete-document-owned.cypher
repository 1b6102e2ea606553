// Removes what one document owns (sections, items, targets, its counterpart pairings) before it is written again,
// so that a reload replaces rather than accumulates. Shared nodes (units, platforms, …) stay. Sent only for a document
// find-document found; one that is not there matches nothing and costs one index look-up.
// Parameters: documentId
// Columns: existed (one row, true, when the document was there before; no row for a new document)
CYPHER replan=skip
MATCH (d:Document {id: $documentId})
CALL () {
  MATCH ()-[c:COUNTERPART]->() WHERE c.measureId STARTS WITH $documentId + '/'
  DELETE c
}
CALL () {
  MATCH (t:Target) WHERE t.id STARTS WITH 'target:' + $documentId + '@'
  DETACH DELETE t
}
CALL () {
  MATCH (i:Item {documentId: $documentId})
  DETACH DELETE i
}
CALL () {
  MATCH (s:Section {documentId: $documentId})
  DETACH DELETE s
}
CALL (d) {
  MATCH (d)-[r]-()
  DELETE r
}
RETURN true AS existed
