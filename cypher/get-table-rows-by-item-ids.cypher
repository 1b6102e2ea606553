// The attachment-table row each item was read from (Measure.tableRow); an item of the plan's body has none and
// returns no row.
// Parameters: ids
// Columns: id, headers, roles, texts, deadline, category
UNWIND $ids AS id
MATCH (i:Item {id: id})
WHERE i.cellTexts IS NOT NULL
RETURN i.id AS id, i.cellHeaders AS headers, i.cellRoles AS roles, i.cellTexts AS texts, i.deadline AS deadline,
       i.category AS category
