// Items both units are responsible for, in document order.
// Parameters: unitA, unitB
// Columns: id, documentId, sectionId, number, ordinal, order, kind, title, text, start, end
MATCH (:Unit {id: $unitA})-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(:Unit {id: $unitB})
WITH DISTINCT i
RETURN i.id AS id, i.documentId AS documentId, i.sectionId AS sectionId, i.number AS number, i.ordinal AS ordinal,
       i.order AS order, i.kind AS kind, i.title AS title, i.text AS text, i.start AS start, i.end AS end
ORDER BY i.documentId, i.order
