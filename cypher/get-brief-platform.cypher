// Meeting brief for a platform: the platforms whose name is or contains the name given (单一窗口 finds
// 国际贸易“单一窗口” too, as the documents write it both ways) and the items that mention them. A platform no item
// mentions still comes back, with a null id, so the brief can say which platforms it looked at.
// Parameters: platform, documentId
// Columns: platform, id
MATCH (p:Platform)
WHERE p.name = $platform OR p.name CONTAINS $platform
OPTIONAL MATCH (m:Item)-[:MENTIONS]->(p)
WHERE $documentId IS NULL OR m.documentId = $documentId
OPTIONAL MATCH (d:Document {id: m.documentId})
RETURN p.name AS platform, m.id AS id
ORDER BY d.signedOn, d.docNumber, m.order, platform
