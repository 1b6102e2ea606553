// The units an Alias of this written name points to, for the error of a name that resolved to none: more than one
// means the form is ambiguous (市市场监管局 written in a 重庆 plan and in a 成都 plan).
// Parameters: name
// Columns: name
MATCH (:Alias {name: $name})-[:ALIAS_OF]->(u:Unit)
RETURN u.name AS name
ORDER BY name
