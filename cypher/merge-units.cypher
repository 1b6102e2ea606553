// Units, their jurisdiction and line; aliases accumulate across documents.
// Parameters: rows [{id, name, aliases, jurisdiction, jurisdictionId, functionalLine, lineId, kind, officialName}]
// Columns: none
UNWIND $rows AS row
MERGE (u:Unit {id: row.id})
SET u.name = row.name, u.jurisdiction = row.jurisdiction, u.functionalLine = row.functionalLine, u.kind = row.kind,
    u.officialName = coalesce(row.officialName, u.officialName),
    u.aliases = reduce(acc = coalesce(u.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
WITH u, row
MATCH (j:Jurisdiction {id: row.jurisdictionId})
MERGE (u)-[:IN_JURISDICTION]->(j)
WITH u, row WHERE row.lineId IS NOT NULL
MATCH (l:FunctionalLine {id: row.lineId})
MERGE (u)-[:ON_LINE]->(l)
