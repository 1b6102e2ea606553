// Every written form of a unit, so a lookup by any of them finds it.
// Parameters: rows [{id, name, unitId}]
// Columns: none
UNWIND $rows AS row
MERGE (a:Alias {id: row.id})
SET a.name = row.name
WITH a, row
MATCH (u:Unit {id: row.unitId})
MERGE (a)-[:ALIAS_OF]->(u)
