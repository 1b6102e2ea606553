// Functional lines (条) from the line table.
// Parameters: rows [{id, key, name, nameEn, vertical}]
// Columns: none
UNWIND $rows AS row
MERGE (l:FunctionalLine {id: row.id})
SET l.key = row.key, l.name = row.name, l.nameEn = row.nameEn, l.vertical = row.vertical
