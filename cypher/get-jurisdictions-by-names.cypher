// Jurisdictions (块) by name, for Unit.jurisdiction.
// Parameters: names
// Columns: name, level, parent
UNWIND $names AS name
MATCH (j:Jurisdiction {name: name})
OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
RETURN j.name AS name, j.level AS level, p.name AS parent
