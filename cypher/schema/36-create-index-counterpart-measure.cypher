// Counterpart pairings are stored per measure; questions name the measure.
// Parameters: none
// Columns: none
CREATE INDEX counterpart_measure_id IF NOT EXISTS FOR ()-[r:COUNTERPART]-() ON (r.measureId)
