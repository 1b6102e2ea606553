// The counterpart pairings stored on each measure, either direction, with their basis (Measure.counterpartPairs and
// the counterparts query). A pairing is written once, from list 0 to list 1.
// Parameters: ids
// Columns: key, aId, bId, basis, line
UNWIND $ids AS key
MATCH (a:Unit)-[c:COUNTERPART {measureId: key}]->(b:Unit)
RETURN key, a.id AS aId, b.id AS bId, c.basis AS basis, c.line AS line
ORDER BY key, a.id, b.id
