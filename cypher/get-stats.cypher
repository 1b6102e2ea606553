// Counts for the stats query: nodes per label, relationships per type, measures per unit and per jurisdiction.
// Parameters: topUnits
// Columns: nodes, relationships, perUnit, perJurisdiction
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect({key: label, count: count}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect({key: type, count: count}) AS relationships
}
CALL () {
  MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(m:Measure)
  WITH u, count(DISTINCT m) AS count ORDER BY count DESC, u.name LIMIT toInteger($topUnits)
  RETURN collect({key: u.name, count: count}) AS perUnit
}
CALL () {
  MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(m:Measure)
  WITH u.jurisdiction AS jurisdiction, count(DISTINCT m) AS count ORDER BY count DESC, jurisdiction
  RETURN collect({key: jurisdiction, count: count}) AS perJurisdiction
}
RETURN nodes, relationships, perUnit, perJurisdiction
