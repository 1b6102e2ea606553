// Nodes of any type by application id, for the graph view. One branch per label so that each uses its id constraint
// (a label-less lookup would scan every node).
// Parameters: ids
// Columns: id, labels, properties
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
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
