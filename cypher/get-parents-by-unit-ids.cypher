// The municipal unit a district unit reports to along its functional line (永川海关 → 重庆海关).
// Parameters: ids
// Columns: key, parentId
UNWIND $ids AS key
MATCH (:Unit {id: key})-[:REPORTS_TO]->(p:Unit)
RETURN key, p.id AS parentId
ORDER BY key, parentId
