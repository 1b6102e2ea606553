// Units are filtered by jurisdiction (coordination matrix, counterparts by jurisdiction).
// Parameters: none
// Columns: none
CREATE INDEX unit_jurisdiction IF NOT EXISTS FOR (n:Unit) ON (n.jurisdiction)
