// A unit by any written form: its canonical name first (exact = true), then units that carry the name as an alias
// (市商务委 may belong to more than one unit; the caller reports the ambiguity instead of guessing).
// Parameters: name
// Columns: name, jurisdiction, exact
CALL () {
  MATCH (u:Unit {name: $name}) RETURN u, true AS exact
  UNION
  MATCH (u:Unit) WHERE $name IN coalesce(u.aliases, []) RETURN u, false AS exact
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(u:Unit) RETURN u, false AS exact
}
WITH u.name AS name, u.jurisdiction AS jurisdiction, max(exact) AS exact
RETURN name, jurisdiction, exact
ORDER BY exact DESC, name
