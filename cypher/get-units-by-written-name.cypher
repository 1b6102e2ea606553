// A unit by any written form: its canonical name first (exact = true), then the units an Alias node of that name
// points to, as in get-units-by-names (every written form the loader sees becomes an Alias). An alias may belong to
// more than one unit (市市场监管局 of 重庆 and of 成都); briefs and unit(name:) report the ambiguity instead of guessing.
// Parameters: name
// Columns: name, jurisdiction, exact
CALL () {
  MATCH (u:Unit {name: $name}) RETURN u, true AS exact
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(u:Unit) RETURN u, false AS exact
}
WITH u.name AS name, u.jurisdiction AS jurisdiction, max(exact) AS exact
RETURN name, jurisdiction, exact
ORDER BY exact DESC, name
