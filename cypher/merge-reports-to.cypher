// A district unit's link to the municipal unit of its line (永川海关 → 重庆海关).
// Parameters: rows [{fromId, toId, line}]
// Columns: none
UNWIND $rows AS row
MATCH (a:Unit {id: row.fromId})
MERGE (b:Unit {id: row.toId})
ON CREATE SET b.name = substring(row.toId, 5), b.aliases = [substring(row.toId, 5)]
MERGE (a)-[r:REPORTS_TO]->(b)
SET r.line = row.line
