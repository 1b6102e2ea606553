// Chinese full-text search over measure titles and texts; the cjk analyzer indexes CJK bigrams. The index is updated
// after commit (eventually consistent) so a load does not wait for Lucene; loaders call await-search-index before they
// report success, so a search after an ingest sees it.
// Parameters: none
// Columns: none
CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } }
