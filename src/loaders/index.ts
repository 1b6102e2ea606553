import type { Database } from '../db';
import { createDocumentLoaders, DocumentLoaders } from './document.loader';
import { createMeasureLoaders, MeasureLoaders } from './measure.loader';
import { createUnitLoaders, UnitLoaders } from './unit.loader';

/** Every DataLoader of one request; each batches its keys into one Cypher statement. */
export interface Loaders extends DocumentLoaders, MeasureLoaders, UnitLoaders {
  readonly db: Database;
}

export function createLoaders(db: Database): Loaders {
  return { db, ...createDocumentLoaders(db), ...createMeasureLoaders(db), ...createUnitLoaders(db) };
}
