// Every known unit name and alias, for "did you mean" suggestions when a name is not found.
// Parameters: none
// Columns: name, canonical
MATCH (u:Unit)
UNWIND coalesce(u.aliases, []) + [u.name] AS name
RETURN DISTINCT name, u.name AS canonical
