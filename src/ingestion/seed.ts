import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db';
import { awaitSearchIndex, ingestPrepared, IngestReport, prepareFile } from './pipeline';

export function seedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Loads each seed document the graph does not hold yet, or holds as other rows (other text, or read by another version
 * of the parser and its tables); a restart of the same version loads nothing.
 */
export async function loadSeedIfMissing(db: Database, dir: string, say: (m: string) => void = () => undefined): Promise<IngestReport[]> {
  const loaded = new Map((await db.read<{ id: string; rowsHash: string | null }>('get-document-hashes')).map((r) => [r.id, r.rowsHash]));
  const reports: IngestReport[] = [];
  for (const file of seedFiles(dir)) {
    const doc = prepareFile(file);
    if (loaded.get(doc.rows.document.id) === doc.rows.document.rowsHash) continue;
    say(`Loading ${path.basename(file)} (${doc.parsed.docNumber})…`);
    reports.push(await ingestPrepared(db, doc, { awaitSearch: false }));
  }
  if (reports.length > 0) await awaitSearchIndex(db);
  return reports;
}
