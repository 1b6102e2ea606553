// Every pair of units across two jurisdictions that share at least one item (both responsible for it), with the items.
// Parameters: jurisdictionA, jurisdictionB
// Columns: aId, bId, measureIds
MATCH (a:Unit {jurisdiction: $jurisdictionA})-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(b:Unit {jurisdiction: $jurisdictionB})
WHERE a <> b
WITH a, b, i ORDER BY i.documentId, i.order
WITH a, b, collect(DISTINCT i.id) AS measureIds
RETURN a.id AS aId, b.id AS bId, measureIds
ORDER BY size(measureIds) DESC, a.name, b.name
