// Removes what one document owns (sections, items, targets, its counterpart pairings) before it is written again,
// so that a reload replaces rather than accumulates. Shared nodes (units, platforms, …) stay.
// Parameters: documentId
// Columns: none
CYPHER replan=skip
OPTIONAL MATCH ()-[c:COUNTERPART]->() WHERE c.measureId STARTS WITH $documentId + '/'
DELETE c
WITH count(*) AS _
OPTIONAL MATCH (t:Target) WHERE t.id STARTS WITH 'target:' + $documentId + '@'
DETACH DELETE t
WITH count(*) AS _
OPTIONAL MATCH (i:Item {documentId: $documentId})
DETACH DELETE i
WITH count(*) AS _
OPTIONAL MATCH (s:Section {documentId: $documentId})
DETACH DELETE s
WITH count(*) AS _
OPTIONAL MATCH (d:Document {id: $documentId})-[r]-()
DELETE r
