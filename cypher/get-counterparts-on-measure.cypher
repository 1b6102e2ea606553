// The counterparts query in one round trip: whether the measure and the unit (a written name, whitespace already
// stripped; canonical name first, else an Alias of the one unit responsible for the measure, else an Alias one unit
// alone has) exist, whether the unit is responsible for the measure or one of its sub-items, the pairings of that
// unit on them (either direction, the other unit's fields included, in the order of the text), and the municipal unit
// it reports to, for a district unit that has no pairing of its own. Always exactly one row; measure and unit are null
// when not found.
// Parameters: measureId, unitName
// Columns: measure, unit, responsible, pairs, parent
OPTIONAL MATCH (m:Item {id: $measureId})
// The measure and its 1. and （1） sub-items: a municipal plan often names the units on the sub-items only.
WITH m, CASE WHEN m IS NULL THEN [] ELSE [$measureId] + COLLECT { MATCH (s:Item)-[:PART_OF*1..2]->(m) RETURN s.id } END AS itemIds
WITH m, itemIds, COLLECT { MATCH (:Alias {name: $unitName})-[:ALIAS_OF]->(x:Unit) RETURN x ORDER BY x.id } AS byAlias
// A written form several units share (区商务委 of 永川 and of 江津) means the one responsible for this measure; two
// responsible units of that form leave it unresolved, and the service reports the ambiguity.
WITH m, itemIds, byAlias,
     [x IN byAlias WHERE EXISTS { (x)-[:RESPONSIBLE_FOR]->(i:Item) WHERE i.id IN itemIds }] AS responsibleByAlias
WITH m, itemIds, coalesce(
  head(COLLECT { MATCH (x:Unit {name: $unitName}) RETURN x ORDER BY x.id }),
  CASE WHEN size(responsibleByAlias) = 1 THEN responsibleByAlias[0] END,
  CASE WHEN size(responsibleByAlias) = 0 AND size(byAlias) = 1 THEN byAlias[0] END
) AS u
RETURN m {.id, .documentId, .sectionId, .number, .ordinal, .order, .kind, .title, .text, .start, .end} AS measure,
       u {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unit,
       CASE WHEN m IS NULL OR u IS NULL THEN false ELSE EXISTS { (u)-[:RESPONSIBLE_FOR]->(i:Item) WHERE i.id IN itemIds } END AS responsible,
       CASE WHEN m IS NULL OR u IS NULL THEN [] ELSE COLLECT {
         // From the measure's few pairings (the COUNTERPART(measureId) index), not from the unit's: 重庆海关 has a
         // pairing on nearly every joint measure, and with 1,000 documents expanding them all made the statement take
         // 8–9 ms; from the index, 3 ms.
         UNWIND itemIds AS itemId
         MATCH (x)-[c:COUNTERPART {measureId: itemId}]-(o:Unit)
         USING INDEX SEEK c:COUNTERPART(measureId)
         WHERE x = u
         WITH c, o ORDER BY c.measureOrder, startNode(c).id, endNode(c).id
         RETURN {basis: c.basis, line: c.line, unit: o {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind}}
       } END AS pairs,
       CASE WHEN u IS NULL THEN null ELSE head(COLLECT {
         MATCH (u)-[:REPORTS_TO]->(p:Unit)
         RETURN p {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind}
       }) END AS parent
