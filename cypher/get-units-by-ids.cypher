// Units by id (Responsibility.unit, Counterpart.unit, parents, …).
// Parameters: ids
// Columns: id, name, aliases, officialName, jurisdiction, functionalLine, kind
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u.id AS id, u.name AS name, u.aliases AS aliases, u.officialName AS officialName,
       u.jurisdiction AS jurisdiction, u.functionalLine AS functionalLine, u.kind AS kind
