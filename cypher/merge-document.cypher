// The document and the shared nodes it names (jurisdictions, lines, units and their aliases, who reports to whom, issuers), in
// one statement: a load is a handful of round trips, not one per kind of row.
// Parameters: rows {document, jurisdictions, lines, units, reportsTo, issuers}
// - rows.document: the Document's properties; rows.jurisdictions [{id, name, level, parentId}];
// - rows.lines [{id, key, name, nameEn, vertical}];
// - rows.units [{id, name, aliases, jurisdiction, jurisdictionId, functionalLine, lineId, kind, officialName,
//   aliasRows [{id, name}]}]; rows.reportsTo [{fromId, toId, line}] (empty when merge-renames writes them);
//   rows.issuers [{unitId, position}]
// The rows come in one map, so that documents of every size share one cached plan (see src/ingestion/load.ts).
// Columns: none
CYPHER replan=skip
MERGE (d:Document {id: $rows.document.id})
SET d += $rows.document
WITH d
CALL () {
  UNWIND $rows.jurisdictions AS row
  MERGE (j:Jurisdiction {id: row.id})
  // Shared nodes are written only when they change: an unconditional SET would lock them, and every document names
  // the same few, so concurrent loads would queue behind each other.
  FOREACH (_ IN CASE WHEN j.name IS NULL OR j.name <> row.name OR coalesce(j.level, '') <> row.level THEN [1] ELSE [] END |
    SET j.name = row.name, j.level = row.level)
}
CALL () {
  UNWIND $rows.jurisdictions AS row
  WITH row WHERE row.parentId IS NOT NULL
  MATCH (j:Jurisdiction {id: row.id})
  MERGE (p:Jurisdiction {id: row.parentId})
  ON CREATE SET p.name = substring(row.parentId, 4)
  MERGE (j)-[:PART_OF]->(p)
}
CALL () {
  UNWIND $rows.lines AS row
  MERGE (l:FunctionalLine {id: row.id})
  ON CREATE SET l.key = row.key, l.name = row.name, l.nameEn = row.nameEn, l.vertical = row.vertical
  FOREACH (_ IN CASE WHEN l.name <> row.name OR l.nameEn <> row.nameEn OR l.vertical <> row.vertical THEN [1] ELSE [] END |
    SET l.name = row.name, l.nameEn = row.nameEn, l.vertical = row.vertical)
}
CALL () {
  UNWIND $rows.units AS row
  MERGE (u:Unit {id: row.id})
  WITH u, row, reduce(acc = coalesce(u.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
  // A unit the graph already holds as this document names it (documents keep naming the same bodies) has its alias,
  // jurisdiction and line links too: they are written only here, together with the properties compared below. So only
  // a new or changed unit goes on, and a load no longer locks and re-merges every link of every unit it names.
  WITH u, row, aliases
  WHERE u.name IS NULL OR u.aliases <> aliases OR u.jurisdiction <> row.jurisdiction
     OR coalesce(u.functionalLine, '') <> coalesce(row.functionalLine, '') OR u.kind <> row.kind
     OR (row.officialName IS NOT NULL AND coalesce(u.officialName, '') <> row.officialName)
  SET u.name = row.name, u.jurisdiction = row.jurisdiction, u.functionalLine = row.functionalLine, u.kind = row.kind,
      u.officialName = coalesce(row.officialName, u.officialName), u.aliases = aliases
  FOREACH (alias IN row.aliasRows |
    MERGE (a:Alias {id: alias.id})
    ON CREATE SET a.name = alias.name
    MERGE (a)-[:ALIAS_OF]->(u))
  WITH u, row
  MATCH (j:Jurisdiction {id: row.jurisdictionId})
  MERGE (u)-[:IN_JURISDICTION]->(j)
  // A unit whose jurisdiction or line changed (a corrected data file, then a reload) leaves the old one: every
  // jurisdiction and line filter follows these edges. One subquery for both: each costs a cold JVM ~0.1 s to plan.
  WITH u, row, j
  CALL (u, j, row) {
    MATCH (u)-[old:IN_JURISDICTION|ON_LINE]->(other) WHERE other <> j AND (row.lineId IS NULL OR other.id <> row.lineId)
    DELETE old
  }
  WITH u, row WHERE row.lineId IS NOT NULL
  MATCH (l:FunctionalLine {id: row.lineId})
  MERGE (u)-[:ON_LINE]->(l)
}
CALL () {
  UNWIND $rows.reportsTo AS row
  MATCH (a:Unit {id: row.fromId})
  MATCH (b:Unit {id: row.toId})
  MERGE (a)-[r:REPORTS_TO]->(b)
  ON CREATE SET r.line = row.line
}
CALL (d) {
  UNWIND $rows.issuers AS row
  MATCH (u:Unit {id: row.unitId})
  MERGE (d)-[r:ISSUED_BY]->(u)
  SET r.position = row.position
}
