// Items (measures, guarantees, general items) by id: measure(id), Counterpart.measure, search hits.
// Parameters: ids
// Columns: id, documentId, sectionId, number, ordinal, order, kind, title, text, start, end
UNWIND $ids AS id
MATCH (i:Item {id: id})
RETURN i.id AS id, i.documentId AS documentId, i.sectionId AS sectionId, i.number AS number, i.ordinal AS ordinal,
       i.order AS order, i.kind AS kind, i.title AS title, i.text AS text, i.start AS start, i.end AS end
