// One page of measures (MEASURE and ATTACHMENT_ITEM) matching optional filters, in (document, order) position, with
// the total count, in one round trip. A null filter matches everything. $after is the position of the last row the
// client saw ({documentId, order}) or null; the cursor is opaque to clients. A unit is in $jurisdiction when its own
// jurisdiction is it or lies inside it (永川区 PART_OF 重庆市). With $withResponsibilities (the page's
// selection asks for them) `responsibilities` holds each node's responsibilities in the order the text names them (one list per node, in
// node order) and `units` the units they name, once each, so a page with its units costs this one statement; without
// it both are null. Item texts are the bulk of a page (a third of its bytes), so they come only $withText (the
// selection asks for them); otherwise null. A page has hundreds of responsibilities and units, so they are positional
// lists rather than maps, whose keys the driver would decode again for each one; their orders are
// PAGE_RESPONSIBILITY_FIELDS and PAGE_UNIT_FIELDS in src/loaders/measure.loader.ts. With $lean (the selection asks only
// for ids, numbers, titles, kinds and the responsible units' names) each list holds only the first of those fields, and
// the nodes only LEAN_NODE_FIELDS: the whole records took twice as long to build and to decode as the page needs.
// The measures come from the Item(documentId) index, a seek by hint (USING INDEX SEEK: told only USING INDEX, the
// planner sometimes scanned the whole index on a small graph): a prefix seek finds one document's items when
// $docNumber is given and every item, in documentId order, when it is not (every item's documentId is 'doc:' + its
// number, src/model/ids.ts); the prefix alone could also match a longer number, hence the exact test after it.
// Written as `$docNumber IS NULL OR …` alone, the filter cannot use an index, and the planner scanned every measure:
// with 1,000 documents a document's page took 31–44 ms instead of 3–5 ms.
// A measure matches the unit, jurisdiction, line and platform filters through its own responsibilities and mentions or
// those of its 1. and （1） sub-items (a municipal plan often names the units on the sub-items only).
// The filter's unit and the jurisdiction's units are found once, not again for each measure the filters test (with
// 1,000 documents, the jurisdiction filter took 237 ms as a path from every measure, 61 ms so; the unit's, 126 → 71).
// Parameters: docNumber, section, unitId, jurisdiction, functionalLine, platform, text, kind, after, limit,
//   withResponsibilities, withText, lean
// Columns: totalCount, hasNextPage, nodes, responsibilities, units
OPTIONAL MATCH (filterUnit:Unit {id: $unitId})
WITH filterUnit, CASE WHEN $jurisdiction IS NULL THEN null ELSE COLLECT {
  MATCH (u:Unit)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdiction})
  RETURN u
} END AS jurisdictionUnits
MATCH (m:Item)
USING INDEX SEEK m:Item(documentId)
WHERE m.documentId STARTS WITH 'doc:' + coalesce($docNumber, '')
  AND m:Measure
  AND ($docNumber IS NULL OR m.documentId = 'doc:' + $docNumber)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($section IS NULL OR EXISTS { (m)-[:PART_OF]->(:Section {number: $section}) })
  // From m down to its few sub-items, then one edge between two bound nodes: 重庆海关 names thousands of items.
  AND ($unitId IS NULL OR EXISTS { (m)<-[:PART_OF*0..2]-(i:Item) WHERE EXISTS { (filterUnit)-[:RESPONSIBLE_FOR]->(i) } })
  AND ($jurisdiction IS NULL OR EXISTS { (m)<-[:PART_OF*0..2]-(:Item)<-[:RESPONSIBLE_FOR]-(u:Unit) WHERE u IN jurisdictionUnits })
  AND ($functionalLine IS NULL OR EXISTS { (u:Unit)-[:RESPONSIBLE_FOR]->(:Item)-[:PART_OF*0..2]->(m) WHERE u.functionalLine = $functionalLine })
  AND ($platform IS NULL OR EXISTS { (m)<-[:PART_OF*0..2]-(:Item)-[:MENTIONS]->(p:Platform) WHERE p.name CONTAINS $platform
                                                  OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $platform) })
  AND ($text IS NULL OR m.text CONTAINS $text OR m.title CONTAINS $text)
WITH m ORDER BY m.documentId, m.order
WITH collect(m) AS matched
WITH matched, [x IN matched WHERE $after IS NULL OR x.documentId > $after.documentId
                          OR (x.documentId = $after.documentId AND x.order > $after.order)] AS rest
WITH size(matched) AS totalCount, size(rest) > toInteger($limit) AS hasNextPage, rest[0..toInteger($limit)] AS page
RETURN totalCount, hasNextPage,
       [i IN page | CASE WHEN $lean THEN i {.id, .documentId, .number, .ordinal, .order, .kind, .title, text: null}
         ELSE i {.id, .documentId, .sectionId, .number, .ordinal, .order, .kind, .title, .start, .end,
                 text: CASE WHEN $withText THEN i.text END} END] AS nodes,
       CASE WHEN $withResponsibilities THEN [i IN page | COLLECT {
         MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(i)
         WITH u, r ORDER BY r.start, r.listIndex, r.position
         RETURN CASE WHEN $lean THEN [u.id]
                ELSE [u.id, r.asWritten, r.jurisdiction, r.listIndex, r.position, r.role, r.start, r.end] END
       }] END AS responsibilities,
       CASE WHEN $withResponsibilities THEN COLLECT {
         UNWIND page AS i
         MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(i)
         WITH DISTINCT u
         RETURN CASE WHEN $lean THEN [u.id, u.name]
                ELSE [u.id, u.name, u.aliases, u.officialName, u.jurisdiction, u.functionalLine, u.kind] END
       } END AS units
