import { createHash } from 'node:crypto';
import { CypherRegistry } from '../db';
import type { Database, TxRunner } from '../db';
import type { GraphRows } from './graph-rows';

/** The statements a load runs. */
export const LOAD_STATEMENTS = ['find-document', 'delete-document-owned', 'merge-document', 'merge-renames', 'create-outline', 'create-items', 'create-links', 'delete-orphan-nodes'] as const;

let fingerprint: string | undefined;
/** A hash of the load statements' texts: part of Document.rowsHash, so that a change in how rows are written reloads. */
export function writerFingerprint(): string {
  if (fingerprint === undefined) {
    const registry = new CypherRegistry();
    const hash = createHash('sha256');
    for (const name of LOAD_STATEMENTS) hash.update(registry.get(name).text).update('\0');
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** 0 for an item directly under its section, 1 for its sub-items, … (ids are paths below the section id). */
function depth(item: GraphRows['items'][number]): number {
  return item.id.slice(item.sectionId.length + 1).split('/').length - 1;
}

/**
 * Writes the rows of one document in the given transaction: its own subgraph replaced, shared nodes merged. After
 * find-document, the statements are sent together (Bolt pipelines them and the server runs them in order), so a
 * document costs two round trips of waiting rather than one per statement. Resolves whether the document was in the
 * graph before (a reload).
 */
export async function writeDocument(tx: TxRunner, rows: GraphRows): Promise<boolean> {
  const documentId = rows.document.id;
  const top: GraphRows['items'] = [];
  const nested = new Map<number, GraphRows['items']>();
  for (const item of rows.items) {
    const d = depth(item);
    if (d === 0) top.push(item);
    else nested.set(d, [...(nested.get(d) ?? []), item]);
  }
  // A round trip more per document (the write statements wait for the answer) against compiling delete-document-owned
  // on a cold server for a document that cannot have anything to remove: 0.2 s of the first load of both seeds.
  // The other names of the document's renamed units (重庆金融监管局 for a plan that names 重庆银保监局): only when one of
  // them is in the graph is there a link to write or a head to reconcile.
  const own = new Set(rows.units.map((u) => u.id));
  const unitIds = [...new Set(rows.renames.flatMap((r) => [r.fromId, r.toId]))].filter((id) => !own.has(id));
  const [found] = await tx.run<{ id: string | null; present: string[] }>('find-document', { documentId, ask: { unitIds } });
  const existed = found !== undefined && found.id !== null;
  // Or the document names both names of one body itself (重庆银保监局, and 永川金融监管分局 whose head is 重庆金融监管局).
  const renamed = (found !== undefined && found.present.length > 0) || rows.renames.some((r) => own.has(r.fromId) && own.has(r.toId));
  const statements: Promise<unknown>[] = [
    ...(existed ? [tx.run('delete-document-owned', { documentId })] : []),
    // Each statement takes its rows in one map parameter, $rows. Neo4j keys its plan cache by the size class (0, 1, up
    // to 10, up to 100, …) of every top-level list and string parameter, but not of the values inside a map: passed as
    // separate lists, the rows made each new shape of document plan the statements again (the second seed re-planned
    // merge-document and create-links, 1.4 s of a first load).
    tx.run('merge-document', {
      rows: {
        document: rows.document,
        jurisdictions: rows.jurisdictions,
        lines: rows.lines,
        units: rows.units,
        reportsTo: renamed ? [] : rows.reportsTo,
        issuers: rows.issuers,
      },
    }),
    ...(renamed ? [tx.run('merge-renames', { rows: { renames: rows.renames, reportsTo: rows.reportsTo } })] : []),
    tx.run('create-outline', { rows: { documentId, sections: rows.sections, items: top } }),
    // A sub-item's parent must exist before it: one statement per nesting level, in order.
    ...[...nested.keys()].sort((a, b) => a - b).map((d) => tx.run('create-items', { rows: { items: nested.get(d) ?? [] } })),
    tx.run('create-links', {
      rows: {
        responsibilities: rows.responsibilities,
        counterparts: rows.counterparts,
        platforms: rows.mentions.filter((m) => m.label === 'Platform'),
        zones: rows.mentions.filter((m) => m.label === 'Zone'),
        mechanisms: rows.mentions.filter((m) => m.label === 'Mechanism'),
        citations: rows.citations,
        targets: rows.targets,
      },
    }),
  ];
  await Promise.all(statements);
  return existed;
}

/** One write transaction per document: it lands whole or not at all. */
export async function loadDocument(db: Database, rows: GraphRows): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const reload = await writeDocument(tx, rows);
    // Only a reload can leave a shared node unnamed (a platform the new text no longer mentions); a new document
    // adds names and takes none away, so it skips the scan.
    if (reload) await tx.run('delete-orphan-nodes');
  });
}
