// The counterparts of each unit across all measures, either direction, one row per other unit; a district unit
// (永川海关) reaches the other jurisdiction through the municipal unit it reports to (重庆海关), so its pairings are
// included with `via`. The other unit's fields come along to prime unitById.
// Parameters: ids
// Columns: key, otherId, basis, line, measureId, via, viaId, other (via/viaId: the parent's name and id, null when direct)
UNWIND $ids AS key
MATCH (u:Unit {id: key})
OPTIONAL MATCH (u)-[:REPORTS_TO]->(p:Unit)
WITH key, [u] + CASE WHEN p IS NULL THEN [] ELSE [p] END AS selves
UNWIND selves AS self
MATCH (self)-[c:COUNTERPART]-(other:Unit)
WHERE other.id <> key
// One row per other unit, its first pairing (direct before via the parent, then the first shared measure in document
// order, documents by id): callers keep one per unit,
// and a unit paired on every joint measure (重庆海关 with 成都海关) would otherwise send a row per measure — thousands
// with 1,000 documents.
WITH key, other, c, CASE WHEN self.id = key THEN null ELSE self.name END AS via, CASE WHEN self.id = key THEN null ELSE self.id END AS viaId
ORDER BY via IS NOT NULL, via, c.documentId, c.measureOrder
WITH key, other, head(collect({basis: c.basis, line: c.line, measureId: c.measureId, documentId: c.documentId,
                               measureOrder: c.measureOrder, via: via, viaId: viaId})) AS first
RETURN key, other.id AS otherId, first.basis AS basis, first.line AS line, first.measureId AS measureId, first.via AS via,
       first.viaId AS viaId,        other {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS other
// Direct pairings first (null `via` would sort last).
ORDER BY key, via IS NOT NULL, via, first.documentId, first.measureOrder, other.id
