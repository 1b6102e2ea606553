// The district units reporting to each unit (重庆海关 ← 永川海关).
// Parameters: ids
// Columns: key, childId
UNWIND $ids AS key
MATCH (c:Unit)-[:REPORTS_TO]->(:Unit {id: key})
RETURN key, c.id AS childId
ORDER BY key, c.name
