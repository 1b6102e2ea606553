// The document's sections and top-level items; measures and attachment items also carry :Measure, guarantees
// :Guarantee. Sub-items follow in create-items, once their parents exist.
// Parameters: rows {documentId, sections, items}
// - rows.sections [{id, documentId, number, ordinal, order, title, kind}]
// - rows.items [{id, documentId, sectionId, parentId, number, ordinal, order, kind, title, text, start, end,
//                cellHeaders, cellRoles, cellTexts, deadline, category}] (the cell lists, deadline and category null but
//                for attachment rows; category also for a table without category rows)
// The rows come in one map, so that documents of every size share one cached plan (see src/ingestion/load.ts).
// Columns: none
CYPHER replan=skip
MATCH (d:Document {id: $rows.documentId})
CALL (d) {
  UNWIND $rows.sections AS row
  CREATE (s:Section {id: row.id, documentId: row.documentId, number: row.number, ordinal: row.ordinal, order: row.order,
                     title: row.title, kind: row.kind})
  CREATE (s)-[:PART_OF]->(d)
}
CALL () {
  UNWIND $rows.items AS row
  MATCH (s:Section {id: row.parentId})
  CREATE (i:Item {id: row.id, documentId: row.documentId, sectionId: row.sectionId, number: row.number, ordinal: row.ordinal,
                  order: row.order, kind: row.kind, title: row.title, text: row.text, start: row.start, end: row.end,
                  cellHeaders: row.cellHeaders, cellRoles: row.cellRoles, cellTexts: row.cellTexts, deadline: row.deadline,
                  category: row.category})
  CREATE (i)-[:PART_OF]->(s)
  FOREACH (_ IN CASE WHEN row.kind IN ['MEASURE', 'ATTACHMENT_ITEM'] THEN [1] ELSE [] END | SET i:Measure)
  FOREACH (_ IN CASE WHEN row.kind = 'GUARANTEE' THEN [1] ELSE [] END | SET i:Guarantee)
}
