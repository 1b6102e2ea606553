// Resolves written names to units: the canonical name first, else an Alias that one unit alone has (市商务委 → 重庆市商务委;
// 市市场监管局 written in a 重庆 plan and in a 成都 plan names two units and resolves to none here — the service then
// reports the ambiguity, see get-units-by-alias). Callers strip
// whitespace before asking, because PDF extraction puts spaces inside names (人行 永川中心支行). Like get-units-by-ids,
// each unit comes with its functional line and jurisdiction, so `unit(name:) { functionalLine jurisdiction }` costs one
// statement.
// Parameters: names
// Columns: key, id, name, aliases, officialName, jurisdiction, functionalLine, kind, lineRecord, jurisdictionRecord
UNWIND $names AS key
WITH key, COLLECT { MATCH (:Alias {name: key})-[:ALIAS_OF]->(u:Unit) RETURN u } AS byAlias
WITH key, coalesce(
  head(COLLECT { MATCH (u:Unit {name: key}) RETURN u ORDER BY u.id }),
  CASE WHEN size(byAlias) = 1 THEN byAlias[0] END
) AS u
WITH key, u WHERE u IS NOT NULL
RETURN key, u.id AS id, u.name AS name, u.aliases AS aliases, u.officialName AS officialName,
       u.jurisdiction AS jurisdiction, u.functionalLine AS functionalLine, u.kind AS kind,
       head(COLLECT { MATCH (l:FunctionalLine {key: u.functionalLine}) RETURN l {.key, .name, .nameEn, .vertical} }) AS lineRecord,
       head(COLLECT {
         MATCH (j:Jurisdiction {name: u.jurisdiction})
         OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
         RETURN {name: j.name, level: j.level, parent: p.name}
       }) AS jurisdictionRecord
