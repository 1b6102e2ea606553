// Renamed bodies, for a document whose units have another name already in the graph (find-document says which): the
// RENAMED_TO links, then the document's REPORTS_TO, one head per unit — the newest name of a renamed head, whichever
// document came first (a plan of 2022 gives 永川银保监分局 → 重庆银保监局, one of 2024 naming the same office →
// 重庆金融监管局). Kept apart from merge-document so that a load with nothing renamed around it (the seeds on a fresh
// store) does not compile it: the first load after a start is mostly compiling.
// Parameters: rows {renames, reportsTo}
// - rows.renames [{fromId, toId, since}]: former and current units of a renamed body, linked when both are here
// - rows.reportsTo [{fromId, toId, line}]
// The rows come in one map, so that documents of every size share one cached plan (see src/ingestion/load.ts).
// Columns: none
CYPHER replan=skip
CALL () {
  UNWIND $rows.renames AS row
  MATCH (a:Unit {id: row.fromId})
  MATCH (b:Unit {id: row.toId})
  MERGE (a)-[r:RENAMED_TO]->(b)
  FOREACH (_ IN CASE WHEN coalesce(r.since, '') <> coalesce(row.since, '') THEN [1] ELSE [] END | SET r.since = row.since)
}
CALL () {
  UNWIND $rows.reportsTo AS row
  MATCH (a:Unit {id: row.fromId})
  MATCH (b:Unit {id: row.toId})
  WITH a, b, row WHERE NOT EXISTS { (a)-[:REPORTS_TO]->(:Unit)<-[:RENAMED_TO*1..3]-(b) }
  MERGE (a)-[r:REPORTS_TO]->(b)
  ON CREATE SET r.line = row.line
  WITH a, b
  OPTIONAL MATCH (a)-[old:REPORTS_TO]->(:Unit)-[:RENAMED_TO*1..3]->(b)
  DELETE old
}
