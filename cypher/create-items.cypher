// Items in document order; measures and attachment items also carry :Measure, guarantees :Guarantee.
// Parameters: rows [{id, documentId, sectionId, parentId, number, ordinal, order, kind, title, text, start, end}]
// Columns: none
UNWIND $rows AS row
OPTIONAL MATCH (section:Section {id: row.parentId})
OPTIONAL MATCH (parentItem:Item {id: row.parentId})
WITH row, coalesce(section, parentItem) AS parent
WHERE parent IS NOT NULL
CREATE (i:Item {id: row.id, documentId: row.documentId, sectionId: row.sectionId, number: row.number, ordinal: row.ordinal,
                order: row.order, kind: row.kind, title: row.title, text: row.text, start: row.start, end: row.end})
CREATE (i)-[:PART_OF]->(parent)
FOREACH (_ IN CASE WHEN row.kind IN ['MEASURE', 'ATTACHMENT_ITEM'] THEN [1] ELSE [] END | SET i:Measure)
FOREACH (_ IN CASE WHEN row.kind = 'GUARANTEE' THEN [1] ELSE [] END | SET i:Guarantee)
