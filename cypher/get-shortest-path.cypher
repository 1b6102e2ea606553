// The shortest path between two nodes over the given relationship types, at most $maxHops long. The search bound (8)
// must be a literal in Cypher; the service refuses a larger $maxHops. No path within $maxHops: no row.
// Parameters: from, to, types, maxHops
// Columns: nodes, edges
WITH $from AS id
CALL (id) {
  MATCH (n:Document {id: id}) RETURN n
  UNION MATCH (n:Section {id: id}) RETURN n
  UNION MATCH (n:Item {id: id}) RETURN n
  UNION MATCH (n:Unit {id: id}) RETURN n
  UNION MATCH (n:Alias {id: id}) RETURN n
  UNION MATCH (n:Jurisdiction {id: id}) RETURN n
  UNION MATCH (n:FunctionalLine {id: id}) RETURN n
  UNION MATCH (n:Platform {id: id}) RETURN n
  UNION MATCH (n:Zone {id: id}) RETURN n
  UNION MATCH (n:Policy {id: id}) RETURN n
  UNION MATCH (n:Mechanism {id: id}) RETURN n
  UNION MATCH (n:Target {id: id}) RETURN n
}
WITH n AS a, $to AS id
CALL (id) {
  MATCH (n:Document {id: id}) RETURN n
  UNION MATCH (n:Section {id: id}) RETURN n
  UNION MATCH (n:Item {id: id}) RETURN n
  UNION MATCH (n:Unit {id: id}) RETURN n
  UNION MATCH (n:Alias {id: id}) RETURN n
  UNION MATCH (n:Jurisdiction {id: id}) RETURN n
  UNION MATCH (n:FunctionalLine {id: id}) RETURN n
  UNION MATCH (n:Platform {id: id}) RETURN n
  UNION MATCH (n:Zone {id: id}) RETURN n
  UNION MATCH (n:Policy {id: id}) RETURN n
  UNION MATCH (n:Mechanism {id: id}) RETURN n
  UNION MATCH (n:Target {id: id}) RETURN n
}
WITH a, n AS b WHERE a <> b
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
// The hop limit is tested on the path found, not in the search: a length test inside the WHERE cannot be checked as the
// search expands, so Neo4j falls back to trying every path, and with no path within $maxHops that ran into the
// transaction timeout (15 s).
WITH p WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | {id: x.id, labels: labels(x), properties: properties(x)}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), properties: properties(r)}] AS edges
LIMIT 1
