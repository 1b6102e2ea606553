// Platforms, zones and mechanisms each item or document names, in text order.
// Parameters: ids
// Columns: key, type, id, name, aliases, asWritten, subtype, start, end
UNWIND $ids AS key
CALL (key) {
  MATCH (:Item {id: key})-[m:MENTIONS]->(n)
  RETURN m, n
  UNION
  MATCH (:Document {id: key})-[m:MENTIONS]->(n)
  RETURN m, n
}
RETURN key, head([l IN labels(n) WHERE l IN ['Platform', 'Zone', 'Mechanism']]) AS type, n.id AS id, n.name AS name,
       coalesce(n.aliases, []) AS aliases, m.asWritten AS asWritten, n.subtype AS subtype, m.start AS start, m.end AS end
ORDER BY key, m.start
