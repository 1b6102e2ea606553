// Names of the indexes that exist (a uniqueness constraint's backing index carries the constraint's name), so that
// start-up creates only what is missing.
// Parameters: none
// Columns: name
SHOW INDEXES YIELD name
RETURN name
