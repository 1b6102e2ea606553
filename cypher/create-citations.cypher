// Documents and agreements an item or the document cites.
// Parameters: rows [{ownerId, id, name, docNumber, kind, start, end}]
// Columns: none
UNWIND $rows AS row
OPTIONAL MATCH (item:Item {id: row.ownerId})
OPTIONAL MATCH (doc:Document {id: row.ownerId})
WITH row, coalesce(item, doc) AS owner
WHERE owner IS NOT NULL
MERGE (p:Policy {id: row.id})
SET p.name = CASE WHEN p.name IS NULL OR size(row.name) > size(p.name) THEN row.name ELSE p.name END,
    p.docNumber = coalesce(row.docNumber, p.docNumber), p.kind = row.kind
CREATE (owner)-[:CITES {start: row.start, end: row.end}]->(p)
