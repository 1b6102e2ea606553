// Sub-items (1. / （1）) under items written before; called once per nesting level.
// Parameters: rows {items}
// - rows.items [{id, documentId, sectionId, parentId, number, ordinal, order, kind, title, text, start, end, …}]
//   (the fields create-outline documents; a sub-item is never a table row, so its cell lists are null and not written)
// The rows come in one map, so that documents of every size share one cached plan (see src/ingestion/load.ts).
// Columns: none
CYPHER replan=skip
UNWIND $rows.items AS row
MATCH (parent:Item {id: row.parentId})
CREATE (i:Item {id: row.id, documentId: row.documentId, sectionId: row.sectionId, number: row.number, ordinal: row.ordinal,
                order: row.order, kind: row.kind, title: row.title, text: row.text, start: row.start, end: row.end})
CREATE (i)-[:PART_OF]->(parent)
FOREACH (_ IN CASE WHEN row.kind IN ['MEASURE', 'ATTACHMENT_ITEM'] THEN [1] ELSE [] END | SET i:Measure)
FOREACH (_ IN CASE WHEN row.kind = 'GUARANTEE' THEN [1] ELSE [] END | SET i:Guarantee)
