// Platforms, zones and mechanisms an item or the document names. The label comes from a fixed set, one branch each,
// because labels cannot be parameters.
// Parameters: rows [{ownerId, label, id, name, subtype, start, end}]
// Columns: none
UNWIND $rows AS row
OPTIONAL MATCH (item:Item {id: row.ownerId})
OPTIONAL MATCH (doc:Document {id: row.ownerId})
WITH row, coalesce(item, doc) AS owner
WHERE owner IS NOT NULL
CALL (row) {
  WITH row WHERE row.label = 'Platform'
  MERGE (n:Platform {id: row.id}) SET n.name = row.name, n.subtype = coalesce(row.subtype, n.subtype)
  RETURN n
  UNION
  WITH row WHERE row.label = 'Zone'
  MERGE (n:Zone {id: row.id}) SET n.name = row.name, n.subtype = coalesce(row.subtype, n.subtype)
  RETURN n
  UNION
  WITH row WHERE row.label = 'Mechanism'
  MERGE (n:Mechanism {id: row.id}) SET n.name = row.name, n.subtype = coalesce(row.subtype, n.subtype)
  RETURN n
}
CREATE (owner)-[:MENTIONS {start: row.start, end: row.end}]->(n)
