// The renames of each unit, either way: the name a body took later (renamedTo) and the names it had before
// (renamedFrom), with the day the data file gives. The other unit's fields come along to prime unitById.
// Parameters: ids
// Columns: key, direction ('TO': the other is the later name; 'FROM': the other is a former name), since, other
UNWIND $ids AS key
MATCH (u:Unit {id: key})-[r:RENAMED_TO]-(o:Unit)
RETURN key, CASE WHEN startNode(r) = u THEN 'TO' ELSE 'FROM' END AS direction, r.since AS since,
       o {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS other
ORDER BY key, direction, since, o.id
