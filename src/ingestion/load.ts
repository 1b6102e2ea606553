import type { Database, TxRunner } from '../db';
import type { GraphRows } from './graph-rows';

/** Rows per UNWIND statement: large enough to keep round trips few, small enough to keep each statement's memory low. */
const BATCH = 500;

async function unwind(tx: TxRunner, name: string, rows: readonly object[], extra: Record<string, unknown> = {}): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(name, { ...extra, rows: rows.slice(i, i + BATCH) });
  }
}

function depth(id: string, sectionId: string): number {
  return id.slice(sectionId.length).split('/').length;
}

/** Writes the rows of one document in the given transaction: its own subgraph replaced, shared nodes merged. */
export async function writeDocument(tx: TxRunner, rows: GraphRows): Promise<void> {
  const documentId = rows.document.id;
  await tx.run('delete-document-owned', { documentId });
  await tx.run('merge-document', { document: rows.document });
  await unwind(tx, 'merge-jurisdictions', rows.jurisdictions);
  await unwind(tx, 'merge-functional-lines', rows.lines);
  await unwind(tx, 'merge-units', rows.units);
  await unwind(tx, 'merge-aliases', rows.aliases);
  await unwind(tx, 'merge-reports-to', rows.reportsTo);
  await unwind(tx, 'merge-issuers', rows.issuers, { documentId });
  await unwind(tx, 'create-sections', rows.sections);
  // A sub-item's parent must exist before it: write items level by level.
  const byDepth = new Map<number, GraphRows['items']>();
  for (const item of rows.items) {
    const d = depth(item.id, item.sectionId);
    byDepth.set(d, [...(byDepth.get(d) ?? []), item]);
  }
  for (const d of [...byDepth.keys()].sort((a, b) => a - b)) await unwind(tx, 'create-items', byDepth.get(d) ?? []);
  await unwind(tx, 'create-responsibilities', rows.responsibilities);
  await unwind(tx, 'create-counterparts', rows.counterparts);
  await unwind(tx, 'create-mentions', rows.mentions);
  await unwind(tx, 'create-citations', rows.citations);
  await unwind(tx, 'create-targets', rows.targets);
}

/** One write transaction per document: it lands whole or not at all. */
export async function loadDocument(db: Database, rows: GraphRows): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await writeDocument(tx, rows);
    await tx.run('delete-orphan-nodes');
  });
}
