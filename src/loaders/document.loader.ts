import type DataLoader from 'dataloader';
import type { Database } from '../db';
import type { DocumentRecord } from '../services/document.service';
import type { ItemRecord, PolicyRecord, SectionRecord, TargetRecord, UnitRecord } from '../services/records';
import { manyByKey, oneByKey } from './batch';
import { primeUnit, UnitLoaders, UnitRow } from './unit.loader';

export interface DocumentLoaders {
  documentById: DataLoader<string, DocumentRecord | null>;
  /** The document's exact text, apart from the document because it is large. */
  documentSource: DataLoader<string, { id: string; source: string } | null>;
  issuersByDocument: DataLoader<string, UnitRecord[]>;
  sectionsByDocument: DataLoader<string, SectionRecord[]>;
  sectionById: DataLoader<string, SectionRecord | null>;
  itemsBySection: DataLoader<string, ItemRecord[]>;
  measuresByDocument: DataLoader<string, ItemRecord[]>;
  /** Keyed by item id or document id (a document's key covers its items too). */
  citationsByOwner: DataLoader<string, PolicyRecord[]>;
  targetsByOwner: DataLoader<string, TargetRecord[]>;
}

export function createDocumentLoaders(db: Database, units: UnitLoaders): DocumentLoaders {
  return {
    documentById: oneByKey<DocumentRecord>(db, 'get-documents-by-ids', 'id'),
    documentSource: oneByKey<{ id: string; source: string }>(db, 'get-document-sources-by-ids', 'id'),
    issuersByDocument: manyByKey<UnitRecord>(db, 'get-issuers-by-document-ids', (row) => primeUnit(units, row as unknown as UnitRow)),
    sectionsByDocument: manyByKey<SectionRecord>(db, 'get-sections-by-document-ids'),
    sectionById: oneByKey<SectionRecord>(db, 'get-sections-by-ids', 'id'),
    itemsBySection: manyByKey<ItemRecord>(db, 'get-items-by-section-ids'),
    measuresByDocument: manyByKey<ItemRecord>(db, 'get-measures-by-document-ids'),
    citationsByOwner: manyByKey<PolicyRecord>(db, 'get-citations-by-owner-ids'),
    targetsByOwner: manyByKey<TargetRecord>(db, 'get-targets-by-owner-ids'),
  };
}
