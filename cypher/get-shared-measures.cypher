// Items both units are responsible for, in document order. The units are written names (whitespace already
// stripped), resolved here as in get-units-by-names (canonical name first, else an Alias one unit alone has), so the query costs one
// round trip; unitA or unitB is null when the name is unknown (the service then explains). Always exactly one row.
// Item texts only $withText (the selection asks for them), else null, as in list-measures.
// Parameters: unitA, unitB, withText
// Columns: unitA, unitB, measures
WITH COLLECT { MATCH (:Alias {name: $unitA})-[:ALIAS_OF]->(x:Unit) RETURN x } AS aliasA,
     COLLECT { MATCH (:Alias {name: $unitB})-[:ALIAS_OF]->(x:Unit) RETURN x } AS aliasB
WITH coalesce(
  head(COLLECT { MATCH (x:Unit {name: $unitA}) RETURN x ORDER BY x.id }),
  CASE WHEN size(aliasA) = 1 THEN aliasA[0] END
) AS a, coalesce(
  head(COLLECT { MATCH (x:Unit {name: $unitB}) RETURN x ORDER BY x.id }),
  CASE WHEN size(aliasB) = 1 THEN aliasB[0] END
) AS b
RETURN a {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unitA,
       b {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind} AS unitB,
       CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE COLLECT {
         MATCH (a)-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(b)
         WITH DISTINCT i ORDER BY i.documentId, i.order
         RETURN i {.id, .documentId, .sectionId, .number, .ordinal, .order, .kind, .title, .start, .end,
                   text: CASE WHEN $withText THEN i.text END}
       } END AS measures
