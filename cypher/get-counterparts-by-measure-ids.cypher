// The counterpart pairings stored on each measure, either direction, with their basis (Measure.counterpartPairs and
// the counterparts query). A pairing is written once, from list 0 to list 1. Both units' fields come along to prime
// unitById.
// Parameters: ids
// Columns: key, aId, bId, basis, line, unitA, unitB
UNWIND $ids AS key
MATCH (a:Unit)-[c:COUNTERPART {measureId: key}]->(b:Unit)
RETURN key, a.id AS aId, b.id AS bId, c.basis AS basis, c.line AS line,
       a {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unitA,
       b {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unitB
ORDER BY key, a.id, b.id
