// Meeting brief for a platform: the platforms whose name or one of whose other names (aliases) is or contains the
// name given (陆海新通道 finds 西部陆海新通道; 单一窗口 finds 国际贸易“单一窗口”) and the items that mention them. A platform no item
// mentions still comes back, with a null id, so the brief can say which platforms it looked at.
// Parameters: platform, documentId
// Columns: platform, id
MATCH (p:Platform)
WHERE p.name CONTAINS $platform OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $platform)
OPTIONAL MATCH (m:Item)-[:MENTIONS]->(p)
WHERE $documentId IS NULL OR m.documentId = $documentId
OPTIONAL MATCH (d:Document {id: m.documentId})
RETURN p.name AS platform, m.id AS id
ORDER BY d.signedOn, d.docNumber, m.order, platform
