// The sections of each document in document order.
// Parameters: ids
// Columns: key, id, documentId, number, ordinal, order, title, kind
UNWIND $ids AS key
MATCH (s:Section {documentId: key})
RETURN key, s.id AS id, s.documentId AS documentId, s.number AS number, s.ordinal AS ordinal, s.order AS order,
       s.title AS title, s.kind AS kind
ORDER BY key, s.order
