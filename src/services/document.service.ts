import type { Database } from '../db';

export interface DocumentRecord {
  id: string;
  docNumber: string;
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
    const rows = await this.db.read<DocumentRecord>('get-document-by-number', { docNumber });
    return rows[0] ?? null;
  }
}
