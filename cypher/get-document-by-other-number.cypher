// One document by a further number of a joint notice (川商务发〔2024〕19号 beside 渝商务发〔2024〕36号), asked only when
// no document has it as its own number: the few documents with further numbers are scanned, not seeked.
// Parameters: docNumber
// Columns: id, docNumber, otherDocNumbers, title, planTitle, period, signedOn, printedOn, publicRelease, fileName
MATCH (d:Document)
WHERE $docNumber IN d.otherDocNumbers
RETURN d.id AS id, d.docNumber AS docNumber, coalesce(d.otherDocNumbers, []) AS otherDocNumbers, d.title AS title,
       d.planTitle AS planTitle, d.period AS period, d.signedOn AS signedOn, d.printedOn AS printedOn,
       d.publicRelease AS publicRelease, d.fileName AS fileName
LIMIT 1
