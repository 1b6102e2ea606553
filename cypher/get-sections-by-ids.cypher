// Sections by id, for Measure.section.
// Parameters: ids
// Columns: id, documentId, number, ordinal, order, title, kind
UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN s.id AS id, s.documentId AS documentId, s.number AS number, s.ordinal AS ordinal, s.order AS order,
       s.title AS title, s.kind AS kind
