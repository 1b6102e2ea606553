// Who is responsible for which item, as written and where.
// Parameters: rows [{unitId, itemId, asWritten, jurisdiction, listIndex, position, role, start, end}]
// Columns: none
UNWIND $rows AS row
MATCH (u:Unit {id: row.unitId})
MATCH (i:Item {id: row.itemId})
CREATE (u)-[:RESPONSIBLE_FOR {asWritten: row.asWritten, jurisdiction: row.jurisdiction, listIndex: row.listIndex,
                              position: row.position, role: row.role, start: row.start, end: row.end}]->(i)
