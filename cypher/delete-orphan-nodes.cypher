// After a reload, shared nodes that nothing points to any more (a platform the new text no longer names) go away, and
// so does a unit no document names, issues by or links a district unit to (a name an older parser gave, 重庆市省交通运输厅),
// with the aliases that pointed to it only: a stale alias would make a written form look ambiguous. A unit linked by
// RENAMED_TO stays.
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
  UNION
  // A former or later name of a renamed body stays while linked: the one-head rule may have moved every district unit
  // from it to the newer name, and a document implies it again on every load.
  MATCH (n:Unit) WHERE NOT (n)-[:RESPONSIBLE_FOR]->() AND NOT (n)<-[:ISSUED_BY]-() AND NOT (n)<-[:REPORTS_TO]-() AND NOT (n)-[:RENAMED_TO]-()
  RETURN n
}
WITH collect(n) AS gone
FOREACH (n IN gone | DETACH DELETE n)
WITH 1 AS _
MATCH (a:Alias) WHERE NOT (a)-[:ALIAS_OF]->()
DETACH DELETE a
