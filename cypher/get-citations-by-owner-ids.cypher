// Documents and agreements each item cites; for a document, what it or any of its items cites (distinct).
// Parameters: ids
// Columns: key, id, name, docNumber, kind
UNWIND $ids AS key
CALL (key) {
  MATCH (:Item {id: key})-[c:CITES]->(p:Policy)
  RETURN p, c.start AS start
  UNION
  MATCH (:Document {id: key})-[c:CITES]->(p:Policy)
  RETURN p, c.start AS start
  UNION
  MATCH (:Item {documentId: key})-[c:CITES]->(p:Policy)
  RETURN p, c.start AS start
}
WITH key, p, min(start) AS first
RETURN key, p.id AS id, p.name AS name, p.docNumber AS docNumber, p.kind AS kind
ORDER BY key, first
