// Quantified targets (到2025年…3个以上).
// Parameters: rows [{ownerId, id, text, year, quantity, unit, comparator, subject, start, end}]
// Columns: none
UNWIND $rows AS row
OPTIONAL MATCH (item:Item {id: row.ownerId})
OPTIONAL MATCH (doc:Document {id: row.ownerId})
WITH row, coalesce(item, doc) AS owner
WHERE owner IS NOT NULL
CREATE (t:Target {id: row.id, text: row.text, year: row.year, quantity: row.quantity, unit: row.unit,
                  comparator: row.comparator, subject: row.subject, start: row.start, end: row.end})
CREATE (owner)-[:SETS]->(t)
