import type { Database } from '../db';
import { createDocumentLoaders, DocumentLoaders } from './document.loader';
import { createMeasureLoaders, MeasureLoaders } from './measure.loader';
import { createUnitLoaders, UnitLoaders } from './unit.loader';

export { primeItem, primePage } from './measure.loader';
export type { ItemRow, LeanResponsibility, PageExtras, ResponsibilityRow } from './measure.loader';
export { primeUnit } from './unit.loader';
export { thenNow } from './batch';
export type { RenameRecord, UnitRow } from './unit.loader';

/**
 * Every DataLoader of one request; each batches its keys into one Cypher statement. Statements that return more than
 * their own loader needs (a responsibility's unit, a unit's line) prime the other loaders, so a nested selection the
 * first statement already answered costs no further round trip.
 */
export interface Loaders extends DocumentLoaders, MeasureLoaders, UnitLoaders {
  readonly db: Database;
}

export function createLoaders(db: Database): Loaders {
  const units = createUnitLoaders(db);
  return { db, ...createDocumentLoaders(db, units), ...createMeasureLoaders(db, units), ...units };
}
