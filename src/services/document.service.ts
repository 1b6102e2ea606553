import type { Database } from '../db';
import { badInput } from './errors';

export interface DocumentRecord {
  id: string;
  docNumber: string;
  otherDocNumbers: string[];
  title: string;
  planTitle: string | null;
  period: string | null;
  signedOn: string | null;
  printedOn: string | null;
  publicRelease: string | null;
  fileName: string | null;
}

export class DocumentService {
  constructor(private readonly db: Database) {}

  list(): Promise<DocumentRecord[]> {
    return this.db.read<DocumentRecord>('get-documents');
  }

  async byNumber(docNumber: string): Promise<DocumentRecord | null> {
    // Documents loaded without a number have docNumber ''; '' names none of them in particular.
    if (docNumber === '') throw badInput('docNumber', 'docNumber is empty: give a document number such as 渝府办发〔2023〕51号.');
    const rows = await this.db.read<DocumentRecord>('get-document-by-number', { docNumber });
    if (rows[0]) return rows[0];
    // A joint notice is found by each of its issuers' numbers.
    const other = await this.db.read<DocumentRecord>('get-document-by-other-number', { docNumber });
    return other[0] ?? null;
  }
}
