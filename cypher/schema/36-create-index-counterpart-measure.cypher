// Counterpart pairings are stored per measure; questions name the measure. get-counterparts-on-measure hints a seek
// of this index (USING INDEX SEEK), and tests/integration/api/index-hints.test.ts checks that its plan seeks it.
// Parameters: none
// Columns: none
CREATE INDEX counterpart_measure_id IF NOT EXISTS FOR ()-[r:COUNTERPART]-() ON (r.measureId)
