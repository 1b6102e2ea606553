// Everything that ties the document's items to the shared nodes: responsibilities (as written, where), counterpart
// pairings per measure, mentions of platforms/zones/mechanisms, citations and targets. Owners are items or the
// document itself; each is found through its own label's index.
// Parameters: rows {responsibilities, counterparts, platforms, zones, mechanisms, citations, targets}
// - rows.responsibilities [{unitId, itemId, asWritten, jurisdiction, listIndex, position, role, start, end}]
// - rows.counterparts [{aId, bId, measureId, documentId, measureOrder, basis, line}] (measureOrder: the measure's place
//   in its document, which orders a pair's shared measures)
// - rows.platforms, rows.zones, rows.mechanisms [{ownerId, id, name, aliases, asWritten, subtype, start, end}] (one
//   list per label: labels cannot be parameters; aliases are the vocabulary's other names, asWritten this mention's)
// - rows.citations [{ownerId, id, name, docNumber, kind, start, end}]
// - rows.targets [{ownerId, id, text, year, quantity, quantityFrom, unit, comparator, subject, start, end}]
// The rows come in one map, so that documents of every size share one cached plan (see src/ingestion/load.ts).
// Columns: none
CYPHER replan=skip
CALL () {
  UNWIND $rows.responsibilities AS row
  MATCH (u:Unit {id: row.unitId})
  MATCH (i:Item {id: row.itemId})
  CREATE (u)-[:RESPONSIBLE_FOR {asWritten: row.asWritten, jurisdiction: row.jurisdiction, listIndex: row.listIndex,
                                position: row.position, role: row.role, start: row.start, end: row.end}]->(i)
}
CALL () {
  UNWIND $rows.counterparts AS row
  MATCH (a:Unit {id: row.aId})
  MATCH (b:Unit {id: row.bId})
  CREATE (a)-[:COUNTERPART {measureId: row.measureId, documentId: row.documentId, measureOrder: row.measureOrder, basis: row.basis,
                            line: row.line}]->(b)
}
CALL () {
  UNWIND $rows.platforms AS row
  OPTIONAL MATCH (item:Item {id: row.ownerId})
  OPTIONAL MATCH (doc:Document {id: row.ownerId})
  WITH row, coalesce(item, doc) AS owner
  WHERE owner IS NOT NULL
  MERGE (n:Platform {id: row.id})
  ON CREATE SET n.name = row.name, n.subtype = row.subtype, n.aliases = row.aliases
  FOREACH (_ IN CASE WHEN n.aliases IS NULL OR n.aliases <> row.aliases THEN [1] ELSE [] END | SET n.aliases = row.aliases)
  CREATE (owner)-[:MENTIONS {start: row.start, end: row.end, asWritten: row.asWritten}]->(n)
}
CALL () {
  UNWIND $rows.zones AS row
  OPTIONAL MATCH (item:Item {id: row.ownerId})
  OPTIONAL MATCH (doc:Document {id: row.ownerId})
  WITH row, coalesce(item, doc) AS owner
  WHERE owner IS NOT NULL
  MERGE (n:Zone {id: row.id})
  ON CREATE SET n.name = row.name, n.subtype = row.subtype, n.aliases = row.aliases
  FOREACH (_ IN CASE WHEN n.aliases IS NULL OR n.aliases <> row.aliases THEN [1] ELSE [] END | SET n.aliases = row.aliases)
  CREATE (owner)-[:MENTIONS {start: row.start, end: row.end, asWritten: row.asWritten}]->(n)
}
CALL () {
  UNWIND $rows.mechanisms AS row
  OPTIONAL MATCH (item:Item {id: row.ownerId})
  OPTIONAL MATCH (doc:Document {id: row.ownerId})
  WITH row, coalesce(item, doc) AS owner
  WHERE owner IS NOT NULL
  MERGE (n:Mechanism {id: row.id})
  ON CREATE SET n.name = row.name, n.subtype = row.subtype, n.aliases = row.aliases
  FOREACH (_ IN CASE WHEN n.aliases IS NULL OR n.aliases <> row.aliases THEN [1] ELSE [] END | SET n.aliases = row.aliases)
  CREATE (owner)-[:MENTIONS {start: row.start, end: row.end, asWritten: row.asWritten}]->(n)
}
CALL () {
  UNWIND $rows.citations AS row
  OPTIONAL MATCH (item:Item {id: row.ownerId})
  OPTIONAL MATCH (doc:Document {id: row.ownerId})
  WITH row, coalesce(item, doc) AS owner
  WHERE owner IS NOT NULL
  MERGE (p:Policy {id: row.id})
  ON CREATE SET p.name = row.name, p.docNumber = row.docNumber, p.kind = row.kind
  // The longest form seen names a policy best (《…》 with its full title rather than a bare number).
  FOREACH (_ IN CASE WHEN size(row.name) > size(p.name) OR (p.docNumber IS NULL AND row.docNumber IS NOT NULL) THEN [1] ELSE [] END |
    SET p.name = CASE WHEN size(row.name) > size(p.name) THEN row.name ELSE p.name END, p.docNumber = coalesce(p.docNumber, row.docNumber))
  CREATE (owner)-[:CITES {start: row.start, end: row.end}]->(p)
}
CALL () {
  UNWIND $rows.targets AS row
  OPTIONAL MATCH (item:Item {id: row.ownerId})
  OPTIONAL MATCH (doc:Document {id: row.ownerId})
  WITH row, coalesce(item, doc) AS owner
  WHERE owner IS NOT NULL
  CREATE (t:Target {id: row.id, text: row.text, year: row.year, quantity: row.quantity, quantityFrom: row.quantityFrom, unit: row.unit,
                    comparator: row.comparator, subject: row.subject, start: row.start, end: row.end})
  CREATE (owner)-[:SETS]->(t)
}
