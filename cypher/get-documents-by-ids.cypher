// Documents by id, for Measure.document and Section.document: one statement per batch of ids (DataLoader).
// Parameters: ids
// Columns: id, docNumber, otherDocNumbers, title, planTitle, period, signedOn, printedOn, publicRelease, fileName
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.docNumber AS docNumber, coalesce(d.otherDocNumbers, []) AS otherDocNumbers, d.title AS title, d.planTitle AS planTitle, d.period AS period,
       d.signedOn AS signedOn, d.printedOn AS printedOn, d.publicRelease AS publicRelease, d.fileName AS fileName
