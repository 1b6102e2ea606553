// Every counterpart of each unit across all measures, either direction; a district unit (永川海关) reaches the other
// jurisdiction through the municipal unit it reports to (重庆海关), so its pairings are included with `via`. The other
// unit's fields come along to prime unitById.
// Parameters: ids
// Columns: key, otherId, basis, line, measureId, via, other
UNWIND $ids AS key
MATCH (u:Unit {id: key})
OPTIONAL MATCH (u)-[:REPORTS_TO]->(p:Unit)
WITH key, [u] + CASE WHEN p IS NULL THEN [] ELSE [p] END AS selves
UNWIND selves AS self
MATCH (self)-[c:COUNTERPART]-(other:Unit)
WHERE other.id <> key
RETURN key, other.id AS otherId, c.basis AS basis, c.line AS line, c.measureId AS measureId,
       CASE WHEN self.id = key THEN null ELSE self.name END AS via,
       other {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS other
// Direct pairings first (null `via` would sort last): the service keeps the first row per unit.
ORDER BY key, via IS NOT NULL, via, c.measureId, other.id
