// Lists of measures skip general items and guarantees.
// Parameters: none
// Columns: none
CREATE INDEX item_kind IF NOT EXISTS FOR (n:Item) ON (n.kind)
