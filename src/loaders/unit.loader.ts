import DataLoader from 'dataloader';
import type { Database } from '../db';
import type { CounterpartRecord, FunctionalLineRecord, ItemRecord, JurisdictionRecord, UnitRecord } from '../services/records';
import { manyByKey, oneByKey } from './batch';

export interface UnitLoaders {
  unitById: DataLoader<string, UnitRecord | null>;
  /** Keyed by a written name with whitespace already removed; canonical names win over aliases. */
  unitByName: DataLoader<string, UnitRecord | null>;
  itemsByUnit: DataLoader<string, ItemRecord[]>;
  parentIdByUnit: DataLoader<string, string | null>;
  childIdsByUnit: DataLoader<string, string[]>;
  /** Across every measure; a district unit's come through its municipal parent, with basis `… via <parent>`. */
  counterpartsByUnit: DataLoader<string, (CounterpartRecord & { via: string | null })[]>;
  jurisdictionByName: DataLoader<string, JurisdictionRecord | null>;
  lineByKey: DataLoader<string, FunctionalLineRecord | null>;
}

export function createUnitLoaders(db: Database): UnitLoaders {
  const parents = manyByKey<string>(db, 'get-parents-by-unit-ids', (row) => String(row.parentId));
  return {
    unitById: oneByKey<UnitRecord>(db, 'get-units-by-ids', 'id'),
    unitByName: oneByKey<UnitRecord>(db, 'get-units-by-names', 'key', 'names'),
    itemsByUnit: manyByKey<ItemRecord>(db, 'get-item-ids-by-unit-ids'),
    parentIdByUnit: new DataLoader<string, string | null>(async (ids) => (await parents.loadMany(ids)).map((p) => (Array.isArray(p) ? (p[0] ?? null) : null))),
    childIdsByUnit: manyByKey<string>(db, 'get-children-by-unit-ids', (row) => String(row.childId)),
    counterpartsByUnit: manyByKey(db, 'get-counterparts-by-unit-ids', (row) => ({
      unitId: String(row.otherId),
      basis: String(row.basis),
      line: row.line === null ? null : String(row.line),
      measureId: row.measureId === null ? null : String(row.measureId),
      via: row.via === null ? null : String(row.via),
    })),
    jurisdictionByName: oneByKey<JurisdictionRecord>(db, 'get-jurisdictions-by-names', 'name', 'names'),
    lineByKey: oneByKey<FunctionalLineRecord>(db, 'get-functional-lines-by-keys', 'key', 'keys'),
  };
}
