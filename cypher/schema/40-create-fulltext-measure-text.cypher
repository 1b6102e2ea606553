// Chinese full-text search over measure titles and texts; the cjk analyzer indexes CJK bigrams.
// Parameters: none
// Columns: none
CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
