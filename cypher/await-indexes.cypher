// Waits until every index is online, so the first query after start-up can use them.
// Parameters: none
// Columns: none
CALL db.awaitIndexes(120)
