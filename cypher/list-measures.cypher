// One page of measures (MEASURE and ATTACHMENT_ITEM) matching optional filters, in (document, order) position, with
// the total count, in one round trip. A null filter matches everything. $after is the position of the last row the
// client saw ({documentId, order}) or null; the cursor is opaque to clients.
// Parameters: docNumber, section, unitId, jurisdiction, functionalLine, platform, text, kind, after, limit
// Columns: totalCount, hasNextPage, nodes
MATCH (m:Measure)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($docNumber IS NULL OR m.documentId = 'doc:' + $docNumber)
  AND ($section IS NULL OR EXISTS { (m)-[:PART_OF]->(:Section {number: $section}) })
  AND ($unitId IS NULL OR EXISTS { (:Unit {id: $unitId})-[:RESPONSIBLE_FOR]->(m) })
  AND ($jurisdiction IS NULL OR EXISTS { (u:Unit)-[:RESPONSIBLE_FOR]->(m) WHERE u.jurisdiction = $jurisdiction })
  AND ($functionalLine IS NULL OR EXISTS { (u:Unit)-[:RESPONSIBLE_FOR]->(m) WHERE u.functionalLine = $functionalLine })
  AND ($platform IS NULL OR EXISTS { (m)-[:MENTIONS]->(p:Platform) WHERE p.name CONTAINS $platform })
  AND ($text IS NULL OR m.text CONTAINS $text OR m.title CONTAINS $text)
WITH m ORDER BY m.documentId, m.order
WITH collect(m) AS matched
WITH matched, [x IN matched WHERE $after IS NULL OR x.documentId > $after.documentId
                          OR (x.documentId = $after.documentId AND x.order > $after.order)] AS rest
RETURN size(matched) AS totalCount, size(rest) > toInteger($limit) AS hasNextPage,
       [i IN rest[0..toInteger($limit)] | i {.id, .documentId, .sectionId, .number, .ordinal, .order, .kind, .title, .text, .start, .end}] AS nodes
