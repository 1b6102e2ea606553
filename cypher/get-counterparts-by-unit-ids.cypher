// The counterparts of each unit across all measures, either direction, one row per other unit; a district unit
// (永川海关) reaches the other jurisdiction through the municipal unit it reports to (重庆海关), so its pairings are
// included with `via`. A renamed body's pairings may stand under its other name (a 2024 district office reports to
// 重庆金融监管局, the plans of 2023 pair 重庆银保监局): the names linked by RENAMED_TO count as the same body, `via` the
// name the pairing stands under. The other unit's fields come along to prime unitById.
// Parameters: ids
// Columns: key, otherId, basis, line, measureId, via, viaId, viaKind, other (via/viaId: the name and id the pairing
// was reached through, null when direct; viaKind: PARENT when through the unit it reports to, RENAMED when through
// another name of the unit itself, null when direct)
UNWIND $ids AS key
MATCH (u:Unit {id: key})
OPTIONAL MATCH (u)-[:REPORTS_TO]->(p:Unit)
UNWIND [[u, null]] + CASE WHEN p IS NULL THEN [] ELSE [[p, 'PARENT']] END AS body
WITH key, body[0] AS b, body[1] AS kind
UNWIND [[b, kind]] + COLLECT { MATCH (b)-[:RENAMED_TO*1..3]-(n:Unit) RETURN DISTINCT [n, coalesce(kind, 'RENAMED')] } AS named
WITH key, named[0] AS self, named[1] AS viaKind
MATCH (self)-[c:COUNTERPART]-(other:Unit)
WHERE other.id <> key
// One row per other unit, its first pairing (direct before via the parent, then the first shared measure in document
// order, documents by id): callers keep one per unit,
// and a unit paired on every joint measure (重庆海关 with 成都海关) would otherwise send a row per measure — thousands
// with 1,000 documents.
WITH key, other, c, viaKind, CASE WHEN self.id = key THEN null ELSE self.name END AS via, CASE WHEN self.id = key THEN null ELSE self.id END AS viaId
ORDER BY via IS NOT NULL, viaKind = 'PARENT', via, c.documentId, c.measureOrder
WITH key, other, head(collect({basis: c.basis, line: c.line, measureId: c.measureId, documentId: c.documentId,
                               measureOrder: c.measureOrder, via: via, viaId: viaId, viaKind: viaKind})) AS first
RETURN key, other.id AS otherId, first.basis AS basis, first.line AS line, first.measureId AS measureId, first.via AS via,
       first.viaId AS viaId, first.viaKind AS viaKind,
       other {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS other
// Direct pairings first (null `via` would sort last), then those under another name of the unit, then the parent's.
ORDER BY key, via IS NOT NULL, viaKind = 'PARENT', via, first.documentId, first.measureOrder, other.id
