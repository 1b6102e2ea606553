// Functional lines (条) by key, for Unit.functionalLine.
// Parameters: keys
// Columns: key, name, nameEn, vertical
UNWIND $keys AS key
MATCH (l:FunctionalLine {key: key})
RETURN l.key AS key, l.name AS name, l.nameEn AS nameEn, l.vertical AS vertical
