// The 1. and （1） sub-items directly under each item, in document order (Measure.subItems).
// Parameters: ids
// Columns: key, id, documentId, sectionId, number, ordinal, order, kind, title, text, start, end
UNWIND $ids AS key
MATCH (i:Item)-[:PART_OF]->(:Item {id: key})
RETURN key, i.id AS id, i.documentId AS documentId, i.sectionId AS sectionId, i.number AS number, i.ordinal AS ordinal,
       i.order AS order, i.kind AS kind, i.title AS title, i.text AS text, i.start AS start, i.end AS end
ORDER BY key, i.order
