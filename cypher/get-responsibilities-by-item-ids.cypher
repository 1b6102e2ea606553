// The responsible units of each item in the order the text names them (by offset: a 牵头单位 list and the 配合单位 list
// after it share list index 0, so index and position alone leave them unordered). Each row carries
// the unit's own fields too, which prime unitById: `responsibilities { unit { name } }` costs this one statement.
// Parameters: ids
// Columns: key, unitId, asWritten, jurisdiction, listIndex, position, role, start, end, unit
UNWIND $ids AS key
MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(:Item {id: key})
RETURN key, u.id AS unitId, r.asWritten AS asWritten, r.jurisdiction AS jurisdiction, r.listIndex AS listIndex,
       r.position AS position, r.role AS role, r.start AS start, r.end AS end,
       u {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unit
ORDER BY key, r.start, r.listIndex, r.position
