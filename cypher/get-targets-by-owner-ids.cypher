// Quantified targets each item sets; for a document, every target in its text (its own and its items').
// Parameters: ids
// Columns: key, id, text, year, quantity, quantityFrom, unit, comparator, subject, start, end
UNWIND $ids AS key
CALL (key) {
  MATCH (:Item {id: key})-[:SETS]->(t:Target)
  RETURN t
  UNION
  MATCH (t:Target) WHERE t.id STARTS WITH 'target:' + key + '@'
  RETURN t
}
RETURN key, t.id AS id, t.text AS text, t.year AS year, t.quantity AS quantity, t.quantityFrom AS quantityFrom, t.unit AS unit,
       t.comparator AS comparator, t.subject AS subject, t.start AS start, t.end AS end
ORDER BY key, t.start
