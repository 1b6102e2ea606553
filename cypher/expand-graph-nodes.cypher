// One breadth-first step of the graph view: every relationship of the given nodes whose type is in $types, with the
// node at the other end, at most $limit rows (the service caps the view's size).
// Parameters: ids, types, limit
// Columns: source, target, type, properties, otherId, otherLabels, otherProperties
UNWIND $ids AS id
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
MATCH (n)-[r]-(m)
WHERE type(r) IN $types AND m.id IS NOT NULL
WITH DISTINCT r, m
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS properties,
       m.id AS otherId, labels(m) AS otherLabels, properties(m) AS otherProperties
// A stable order, so that the same request is cut at the same neighbours every time.
ORDER BY type, otherId, source, target
LIMIT toInteger($limit)
