// Resolves written names to units: the canonical name first, else any Alias (市商务委 → 重庆市商务委). Callers strip
// whitespace before asking, because PDF extraction puts spaces inside names (人行 永川中心支行).
// Parameters: names
// Columns: key, id, name, aliases, officialName, jurisdiction, functionalLine, kind
UNWIND $names AS key
CALL (key) {
  MATCH (u:Unit {name: key})
  RETURN u, 0 AS rank
  UNION
  MATCH (:Alias {name: key})-[:ALIAS_OF]->(u:Unit)
  RETURN u, 1 AS rank
}
WITH key, u, rank ORDER BY rank, u.id
WITH key, head(collect(u)) AS u
RETURN key, u.id AS id, u.name AS name, u.aliases AS aliases, u.officialName AS officialName,
       u.jurisdiction AS jurisdiction, u.functionalLine AS functionalLine, u.kind AS kind
