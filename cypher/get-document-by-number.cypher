// One document by its number as written (渝府办发〔2023〕51号).
// Parameters: docNumber
// Columns: id, docNumber, otherDocNumbers, title, planTitle, period, signedOn, printedOn, publicRelease, fileName
MATCH (d:Document {docNumber: $docNumber})
RETURN d.id AS id, d.docNumber AS docNumber, coalesce(d.otherDocNumbers, []) AS otherDocNumbers, d.title AS title, d.planTitle AS planTitle, d.period AS period,
       d.signedOn AS signedOn, d.printedOn AS printedOn, d.publicRelease AS publicRelease, d.fileName AS fileName
