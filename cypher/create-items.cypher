// Sub-items (1. / （1）) under items written before; called once per nesting level.
// Parameters: rows {items}
// - rows.items [{id, documentId, sectionId, parentId, number, ordinal, order, kind, title, text, start, end}]
// All rows come in the one map $rows: Neo4j keys its plan cache by the size class of every list and string parameter
// (not of values inside a map), so separate lists made each new shape of document plan the statement again.
// Columns: none
CYPHER replan=skip
UNWIND $rows.items AS row
MATCH (parent:Item {id: row.parentId})
CREATE (i:Item {id: row.id, documentId: row.documentId, sectionId: row.sectionId, number: row.number, ordinal: row.ordinal,
                order: row.order, kind: row.kind, title: row.title, text: row.text, start: row.start, end: row.end})
CREATE (i)-[:PART_OF]->(parent)
FOREACH (_ IN CASE WHEN row.kind IN ['MEASURE', 'ATTACHMENT_ITEM'] THEN [1] ELSE [] END | SET i:Measure)
FOREACH (_ IN CASE WHEN row.kind = 'GUARANTEE' THEN [1] ELSE [] END | SET i:Guarantee)
