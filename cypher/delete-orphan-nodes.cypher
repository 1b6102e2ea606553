// After a reload, shared nodes that nothing points to any more (a platform the new text no longer names) go away.
// Parameters: none
// Columns: none
CYPHER replan=skip
CALL () {
  MATCH (n:Platform) WHERE NOT (n)<--() RETURN n
  UNION
  MATCH (n:Zone) WHERE NOT (n)<--() RETURN n
  UNION
  MATCH (n:Mechanism) WHERE NOT (n)<--() RETURN n
  UNION
  MATCH (n:Policy) WHERE NOT (n)<--() RETURN n
}
DETACH DELETE n
