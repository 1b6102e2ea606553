// Items (measures, guarantees, general items) by id: measure(id), Counterpart.measure, coordination cells. With
// $withResponsibilities (the measure(id) query, when its selection asks for them) each item also carries its
// responsibilities as get-responsibilities-by-item-ids returns them, units included, so the loader primes
// responsibilitiesByItem and unitById and `measure(id:) { responsibilities { unit { name } } }` costs one statement.
// Parameters: ids, withResponsibilities
// Columns: id, documentId, sectionId, number, ordinal, order, kind, title, text, start, end, responsibilities
UNWIND $ids AS id
MATCH (i:Item {id: id})
RETURN i.id AS id, i.documentId AS documentId, i.sectionId AS sectionId, i.number AS number, i.ordinal AS ordinal,
       i.order AS order, i.kind AS kind, i.title AS title, i.text AS text, i.start AS start, i.end AS end,
       CASE WHEN $withResponsibilities THEN COLLECT {
         MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(i)
         WITH u, r ORDER BY r.start, r.listIndex, r.position
         RETURN {unitId: u.id, asWritten: r.asWritten, jurisdiction: r.jurisdiction, listIndex: r.listIndex,
                 position: r.position, role: r.role, start: r.start, end: r.end,
                 unit: u {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind}}
       } END AS responsibilities
