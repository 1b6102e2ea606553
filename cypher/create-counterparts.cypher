// Counterpart pairings per measure, with their basis.
// Parameters: rows [{aId, bId, measureId, basis, line}]
// Columns: none
UNWIND $rows AS row
MATCH (a:Unit {id: row.aId})
MATCH (b:Unit {id: row.bId})
CREATE (a)-[:COUNTERPART {measureId: row.measureId, basis: row.basis, line: row.line}]->(b)
