// Units are looked up by canonical name.
// Parameters: none
// Columns: none
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name)
