// Units are filtered by functional line.
// Parameters: none
// Columns: none
CREATE INDEX unit_functional_line IF NOT EXISTS FOR (n:Unit) ON (n.functionalLine)
