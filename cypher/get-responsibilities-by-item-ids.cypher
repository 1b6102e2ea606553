// The responsible units of each item as the text lists them (list by list, position by position).
// Parameters: ids
// Columns: key, unitId, asWritten, jurisdiction, listIndex, position, role, start, end
UNWIND $ids AS key
MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(:Item {id: key})
RETURN key, u.id AS unitId, r.asWritten AS asWritten, r.jurisdiction AS jurisdiction, r.listIndex AS listIndex,
       r.position AS position, r.role AS role, r.start AS start, r.end AS end
ORDER BY key, r.listIndex, r.position
