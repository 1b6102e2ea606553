// Every written form of a unit resolves through an Alias node.
// Parameters: none
// Columns: none
CREATE INDEX alias_name IF NOT EXISTS FOR (n:Alias) ON (n.name)
