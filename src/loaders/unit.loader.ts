import DataLoader from 'dataloader';
import type { Database } from '../db';
import type { CounterpartRecord, FunctionalLineRecord, ItemRecord, JurisdictionRecord, UnitRecord } from '../services/records';
import { normalizeUnitName } from '../services/names';
import { manyByKey, oneByKey, PrimedLoader } from './batch';

export interface UnitLoaders {
  unitById: PrimedLoader<string, UnitRecord | null>;
  /** Keyed by a written name with whitespace already removed; canonical names win over aliases. */
  unitByName: DataLoader<string, UnitRecord | null>;
  itemsByUnit: DataLoader<string, ItemRecord[]>;
  parentIdByUnit: DataLoader<string, string | null>;
  childIdsByUnit: DataLoader<string, string[]>;
  /**
   * Across every measure, one per other unit (its first pairing: direct before via the parent, then by measure); a
   * district unit's come through its municipal parent, with basis `… via <parent>`.
   */
  counterpartsByUnit: DataLoader<string, (CounterpartRecord & { via: string | null; viaKind: 'PARENT' | 'RENAMED' | null })[]>;
  jurisdictionByName: PrimedLoader<string, JurisdictionRecord | null>;
  lineByKey: PrimedLoader<string, FunctionalLineRecord | null>;
  /** Each unit's renames either way (RENAMED_TO), the other unit primed into unitById. */
  renamesByUnit: DataLoader<string, RenameRecord[]>;
}

/** A rename seen from one of its two units: the other unit, which way, and since when (null: the data file has no day). */
export interface RenameRecord {
  direction: 'TO' | 'FROM';
  unitId: string;
  since: string | null;
}

/**
 * A unit as a statement returns it beside what it was asked for (`u {.id, .name, …}`), optionally with its functional
 * line and jurisdiction (get-units-by-ids, get-units-by-names): enough to prime the loaders a nested selection would
 * otherwise call one level later.
 */
export type UnitRow = UnitRecord & { lineRecord?: FunctionalLineRecord | null; jurisdictionRecord?: JurisdictionRecord | null };

/**
 * Primes unitById with a unit a statement returned (and unitByName under its canonical name, which always resolves to
 * it), plus lineByKey and jurisdictionByName when the row carries them; null there means the statement looked and
 * found none, which is what those loaders would answer. Returns the plain UnitRecord. A key already loaded keeps its
 * value (DataLoader.prime never overwrites).
 */
export function primeUnit(loaders: UnitLoaders, row: UnitRow): UnitRecord {
  const unit: UnitRecord = {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    officialName: row.officialName,
    jurisdiction: row.jurisdiction,
    functionalLine: row.functionalLine,
    kind: row.kind,
  };
  loaders.unitById.prime(unit.id, unit);
  if (normalizeUnitName(unit.name) === unit.name) loaders.unitByName.prime(unit.name, unit);
  if (row.lineRecord !== undefined && unit.functionalLine) loaders.lineByKey.prime(unit.functionalLine, row.lineRecord);
  if (row.jurisdictionRecord !== undefined && unit.jurisdiction) loaders.jurisdictionByName.prime(unit.jurisdiction, row.jurisdictionRecord);
  return unit;
}

type Row = Record<string, unknown>;

export function createUnitLoaders(db: Database): UnitLoaders {
  const parents = manyByKey<string>(db, 'get-parents-by-unit-ids', (row) => String(row.parentId));
  /** get-units-by-ids / get-units-by-names: one row per found key, in column `keyColumn`, priming as it goes. */
  const unitsByKey = (statement: string, param: string, keyColumn: string): PrimedLoader<string, UnitRecord | null> =>
    new PrimedLoader<string, UnitRecord | null>(async (keys) => {
      const rows = await db.read<Row>(statement, { [param]: [...keys] });
      const byKey = new Map<string, UnitRecord>();
      for (const row of rows) {
        const key = row[keyColumn];
        if (typeof key === 'string' && row.id !== null && !byKey.has(key)) byKey.set(key, primeUnit(loaders, row as unknown as UnitRow));
      }
      return keys.map((k) => byKey.get(k) ?? null);
    });
  const loaders: UnitLoaders = {
    unitById: unitsByKey('get-units-by-ids', 'ids', 'id'),
    unitByName: unitsByKey('get-units-by-names', 'names', 'key'),
    itemsByUnit: manyByKey<ItemRecord>(db, 'get-item-ids-by-unit-ids'),
    parentIdByUnit: new DataLoader<string, string | null>(async (ids) => (await parents.loadMany(ids)).map((p) => (Array.isArray(p) ? (p[0] ?? null) : null))),
    childIdsByUnit: manyByKey<string>(db, 'get-children-by-unit-ids', (row) => String(row.childId)),
    counterpartsByUnit: manyByKey(db, 'get-counterparts-by-unit-ids', (row) => ({
      unitId: primeUnit(loaders, row.other as UnitRow).id,
      basis: String(row.basis),
      line: row.line === null ? null : String(row.line),
      measureId: row.measureId === null ? null : String(row.measureId),
      via: row.via === null ? null : String(row.via),
      viaId: row.viaId === null ? null : String(row.viaId),
      viaKind: row.viaKind === 'PARENT' || row.viaKind === 'RENAMED' ? row.viaKind : null,
    })),
    jurisdictionByName: oneByKey<JurisdictionRecord>(db, 'get-jurisdictions-by-names', 'name', 'names'),
    lineByKey: oneByKey<FunctionalLineRecord>(db, 'get-functional-lines-by-keys', 'key', 'keys'),
    renamesByUnit: manyByKey<RenameRecord>(db, 'get-renames-by-unit-ids', (row) => ({
      direction: row.direction === 'TO' ? 'TO' : 'FROM',
      unitId: primeUnit(loaders, row.other as UnitRow).id,
      since: row.since === null ? null : String(row.since),
    })),
  };
  return loaders;
}
