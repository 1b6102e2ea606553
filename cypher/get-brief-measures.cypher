// The brief's content for the items chosen: text, where it stands in the notice (offsets into Document.source and
// the passage itself), the units responsible in the order the text names them, with the form written and the jurisdictions each unit
// belongs to (own first, then the enclosing ones), and the COUNTERPART pairings recorded for the item.
// Parameters: ids
// Columns: id, documentNumber, planTitle, sectionNumber, sectionTitle, number, title, text, start, end, excerpt, responsibilities, counterparts
UNWIND range(0, size($ids) - 1) AS k
MATCH (m:Item {id: $ids[k]})
MATCH (d:Document {id: m.documentId})
OPTIONAL MATCH (s:Section {id: m.sectionId})
CALL (m) {
  OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(m)
  WITH u, r ORDER BY r.start, r.listIndex, r.position
  RETURN collect(CASE WHEN u IS NULL THEN null ELSE {
    name: u.name, asWritten: r.asWritten, jurisdiction: r.jurisdiction,
    within: COLLECT { MATCH p = (u)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(j:Jurisdiction) RETURN j.name ORDER BY length(p) }
  } END) AS responsibilities
}
CALL (m) {
  OPTIONAL MATCH (a:Unit)-[c:COUNTERPART {measureId: m.id}]->(b:Unit)
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {a: a.name, b: b.name, basis: c.basis, line: c.line} END) AS counterparts
}
RETURN m.id AS id, d.docNumber AS documentNumber, d.planTitle AS planTitle, s.number AS sectionNumber, s.title AS sectionTitle,
       m.number AS number, m.title AS title, m.text AS text, m.start AS start, m.end AS end,
       CASE WHEN m.start IS NULL OR m.end IS NULL THEN '' ELSE substring(d.source, m.start, m.end - m.start) END AS excerpt,
       responsibilities, counterparts
ORDER BY k
