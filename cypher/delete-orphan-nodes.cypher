// After a reload, shared nodes that nothing points to any more (a unit the new text no longer names) go away.
// Parameters: none
// Columns: none
MATCH (n)
WHERE (n:Platform OR n:Zone OR n:Mechanism OR n:Policy) AND NOT (n)<--()
DETACH DELETE n
