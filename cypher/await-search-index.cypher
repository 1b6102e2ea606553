// Waits until the eventually consistent full-text index has caught up with every committed load.
// Parameters: none
// Columns: none
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
