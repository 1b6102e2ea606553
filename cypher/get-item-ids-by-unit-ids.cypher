// The items each unit is responsible for, in document order (Unit.measures).
// Parameters: ids
// Columns: key, id, documentId, sectionId, number, ordinal, order, kind, title, text, start, end
UNWIND $ids AS key
MATCH (:Unit {id: key})-[:RESPONSIBLE_FOR]->(i:Item)
WITH DISTINCT key, i
RETURN key, i.id AS id, i.documentId AS documentId, i.sectionId AS sectionId, i.number AS number, i.ordinal AS ordinal,
       i.order AS order, i.kind AS kind, i.title AS title, i.text AS text, i.start AS start, i.end AS end
ORDER BY key, i.documentId, i.order
