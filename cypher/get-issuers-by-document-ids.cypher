// Who issued each document, in the order the notice names them.
// Parameters: ids
// Columns: key, id, name, aliases, officialName, jurisdiction, functionalLine, kind
UNWIND $ids AS key
MATCH (:Document {id: key})-[r:ISSUED_BY]->(u:Unit)
RETURN key, u.id AS id, u.name AS name, u.aliases AS aliases, u.officialName AS officialName,
       u.jurisdiction AS jurisdiction, u.functionalLine AS functionalLine, u.kind AS kind
ORDER BY key, r.position
