// Units by id (parents, children, counterparts' units, …), each with its functional line and jurisdiction so the
// loader can prime lineByKey and jurisdictionByName: `unit { functionalLine { … } jurisdiction { … } }` costs one
// statement. Both are looked up by the unit's properties, as their own loaders do; null when there is none.
// Parameters: ids
// Columns: id, name, aliases, officialName, jurisdiction, functionalLine, kind, lineRecord, jurisdictionRecord
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u.id AS id, u.name AS name, u.aliases AS aliases, u.officialName AS officialName,
       u.jurisdiction AS jurisdiction, u.functionalLine AS functionalLine, u.kind AS kind,
       head(COLLECT { MATCH (l:FunctionalLine {key: u.functionalLine}) RETURN l {.key, .name, .nameEn, .vertical} }) AS lineRecord,
       head(COLLECT {
         MATCH (j:Jurisdiction {name: u.jurisdiction})
         OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
         RETURN {name: j.name, level: j.level, parent: p.name}
       }) AS jurisdictionRecord
