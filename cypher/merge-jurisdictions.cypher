// Jurisdictions (块) and their nesting (永川区 → 重庆市).
// Parameters: rows [{id, name, level, parentId}]
// Columns: none
UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.id})
SET j.name = row.name, j.level = row.level
WITH j, row WHERE row.parentId IS NOT NULL
MERGE (p:Jurisdiction {id: row.parentId})
ON CREATE SET p.name = substring(row.parentId, 4)
MERGE (j)-[:PART_OF]->(p)
