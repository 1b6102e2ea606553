import DataLoader from 'dataloader';
import type { Database } from '../db';
import type { CounterpartPairRecord, ItemRecord, MentionRecord, ResponsibilityRecord, TableRowRecord, UnitRecord } from '../services/records';
import { manyByKey, oneByKey, PrimedLoader } from './batch';
import { primeUnit, UnitLoaders, UnitRow } from './unit.loader';

export interface MeasureLoaders {
  itemById: DataLoader<string, ItemRecord | null>;
  /** Like itemById, for a query whose selection asks for responsibilities: primes responsibilitiesByItem and unitById. */
  itemWithResponsibilitiesById: DataLoader<string, ItemRecord | null>;
  responsibilitiesByItem: PrimedLoader<string, ResponsibilityRecord[]>;
  counterpartPairsByMeasure: DataLoader<string, CounterpartPairRecord[]>;
  /** Platforms, zones and mechanisms, keyed by item or document id. */
  mentionsByOwner: DataLoader<string, MentionRecord[]>;
  /** The 1. and （1） sub-items directly under an item, in document order. */
  subItemsByItem: DataLoader<string, ItemRecord[]>;
  /** The attachment-table row of an item; null for an item of the plan's body. */
  tableRowByItem: DataLoader<string, TableRowRecord | null>;
  /**
   * The responsibilities of a lean page's nodes (see primePage), by node object: partial records, kept out of the
   * shared loaders, reached only through the nodes that page returned.
   */
  leanResponsibilities: WeakMap<ItemRecord, LeanResponsibility[]>;
}

/**
 * A responsibility of a lean page: which unit, with only the unit's id and name. Only a selection that asks for nothing
 * else below the page gets these (LEAN_PAGE_FIELDS in src/graphql/measure/measure.resolver.ts).
 */
export interface LeanResponsibility {
  itemId: string;
  unitId: string;
  leanUnit: Pick<UnitRecord, 'id' | 'name'>;
}

/** A responsibility as the statements return it: the RESPONSIBLE_FOR columns plus the unit's fields. */
export type ResponsibilityRow = Omit<ResponsibilityRecord, 'itemId'> & { unit: UnitRow };

/** An item row, with its responsibilities when the statement was asked for them (null otherwise). */
export type ItemRow = ItemRecord & { responsibilities?: ResponsibilityRow[] | null };

type Row = Record<string, unknown>;

/** Turns a responsibility row into the record, priming unitById with its unit. */
export function toResponsibility(units: UnitLoaders, itemId: string, row: ResponsibilityRow): ResponsibilityRecord {
  const { unit, ...rest } = row;
  primeUnit(units, unit);
  return { ...rest, itemId };
}

/**
 * Primes itemById with an item a statement returned and, when the row carries them, responsibilitiesByItem and the
 * responsible units. Returns the plain ItemRecord.
 */
export function primeItem(loaders: Pick<MeasureLoaders, 'itemById' | 'responsibilitiesByItem'>, units: UnitLoaders, row: ItemRow): ItemRecord {
  const { responsibilities, ...item } = row;
  // itemById holds whole items only: a row without its text (the statement was told it is not needed) is not one.
  if (item.text !== null) loaders.itemById.prime(item.id, item);
  if (Array.isArray(responsibilities)) loaders.responsibilitiesByItem.prime(item.id, responsibilities.map((r) => toResponsibility(units, item.id, r)));
  return item;
}

/**
 * The order of the positional lists in which list-measures returns a page's responsibilities and units. A page has a
 * hundred or more of them; as maps, their keys were most of what the driver decoded for it (9–14 % of the 24-measure
 * page's time). tests/unit/loaders/page-tuples.test.ts holds the statement to these orders; fromTuple's Pick type holds
 * them to the records (a field missing here leaves primePage's objects short of a UnitRecord or ResponsibilityRecord,
 * which does not compile).
 */
export const PAGE_RESPONSIBILITY_FIELDS = ['unitId', 'asWritten', 'jurisdiction', 'listIndex', 'position', 'role', 'start', 'end'] as const satisfies readonly (keyof ResponsibilityRecord)[];
export const PAGE_UNIT_FIELDS = ['id', 'name', 'aliases', 'officialName', 'jurisdiction', 'functionalLine', 'kind'] as const satisfies readonly (keyof UnitRecord)[];
/** A lean page's lists: the first fields of the whole ones (the unit test holds the statement to these too). */
export const LEAN_RESPONSIBILITY_FIELDS = ['unitId'] as const satisfies readonly (typeof PAGE_RESPONSIBILITY_FIELDS)[number][];
export const LEAN_UNIT_FIELDS = ['id', 'name'] as const satisfies readonly (typeof PAGE_UNIT_FIELDS)[number][];
/** What a lean page's nodes carry (and their text, null). */
export const LEAN_NODE_FIELDS = ['id', 'documentId', 'number', 'ordinal', 'order', 'kind', 'title'] as const satisfies readonly (keyof ItemRecord)[];

/** What list-measures returns besides the nodes and the counts: per node its responsibilities, and their units once each. */
export interface PageExtras {
  /** One list per node, in node order; each responsibility in PAGE_RESPONSIBILITY_FIELDS order. */
  responsibilities: unknown[][][] | null;
  /** Each in PAGE_UNIT_FIELDS order. */
  units: unknown[][] | null;
}

/**
 * Names the values of a positional list; every object gets its keys in the same order, so they share one shape. A list
 * of another length means the statement and the field list disagree, which must fail rather than shift or pad values.
 */
export function fromTuple<T, F extends readonly (keyof T)[]>(fields: F, values: readonly unknown[]): Pick<T, F[number]> {
  if (values.length !== fields.length) {
    throw new Error(`A positional list of ${values.length} values for the ${fields.length} fields ${fields.join(', ')}`);
  }
  const out = {} as Record<F[number], unknown>;
  fields.forEach((f: F[number], i) => {
    out[f] = values[i];
  });
  return out as Pick<T, F[number]>;
}

/**
 * Primes the loaders with a page of items: unitById with the page's units, responsibilitiesByItem with each node's list
 * (when the page carries them) and itemById with the nodes that are whole (a page may leave the texts out). The
 * responsibilities come in their own column so that the nodes need no second copy without them (a rest-destructuring
 * copy of each node was a tenth of the server's time on a page).
 */
export function primePage(
  loaders: Pick<MeasureLoaders, 'itemById' | 'responsibilitiesByItem' | 'leanResponsibilities'>,
  units: UnitLoaders,
  nodes: ItemRecord[],
  extras: PageExtras,
  lean = false,
): ItemRecord[] {
  const lists = extras.responsibilities;
  // Node n's responsibilities are list n: a statement whose two columns fell out of step would hand each measure
  // another's units, so it fails instead.
  if (lists && lists.length !== nodes.length) throw new Error(`list-measures returned ${lists.length} responsibility lists for ${nodes.length} nodes`);
  if (lean) {
    // Partial records stay with this page's nodes: primed into the shared loaders, a unit's missing kind or a
    // responsibility's missing asWritten would be what another field of the same operation read.
    const leanUnits = new Map(
      (extras.units ?? []).map((u) => {
        const unit = fromTuple<UnitRecord, typeof LEAN_UNIT_FIELDS>(LEAN_UNIT_FIELDS, u);
        return [unit.id, unit] as const;
      }),
    );
    nodes.forEach((item, n) => {
      const list = lists?.[n];
      if (!list) return;
      loaders.leanResponsibilities.set(
        item,
        list.map((r) => {
          const { unitId } = fromTuple<ResponsibilityRecord, typeof LEAN_RESPONSIBILITY_FIELDS>(LEAN_RESPONSIBILITY_FIELDS, r);
          const leanUnit = leanUnits.get(unitId);
          if (!leanUnit) throw new Error(`list-measures names unit ${unitId} on ${item.id} but did not return it`);
          return { itemId: item.id, unitId, leanUnit };
        }),
      );
    });
    return nodes;
  }
  for (const u of extras.units ?? []) primeUnit(units, fromTuple<UnitRecord, typeof PAGE_UNIT_FIELDS>(PAGE_UNIT_FIELDS, u));
  nodes.forEach((item, n) => {
    const responsibilities = lists?.[n];
    if (responsibilities) {
      loaders.responsibilitiesByItem.prime(
        item.id,
        responsibilities.map((r) => Object.assign(fromTuple<ResponsibilityRecord, typeof PAGE_RESPONSIBILITY_FIELDS>(PAGE_RESPONSIBILITY_FIELDS, r), { itemId: item.id })),
      );
    }
    // itemById holds whole items only: a node without its text (the statement was told it is not needed) is not one.
    if (item.text !== null) loaders.itemById.prime(item.id, item);
  });
  return nodes;
}

export function createMeasureLoaders(db: Database, units: UnitLoaders): MeasureLoaders {
  const itemsById = (withResponsibilities: boolean): DataLoader<string, ItemRecord | null> =>
    new DataLoader<string, ItemRecord | null>(async (keys) => {
      const rows = await db.read<ItemRow>('get-items-by-ids', { ids: [...keys], withResponsibilities });
      const byId = new Map<string, ItemRecord>();
      for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, primeItem(loaders, units, row));
      return keys.map((k) => byId.get(k) ?? null);
    });
  const loaders: MeasureLoaders = {
    itemById: itemsById(false),
    itemWithResponsibilitiesById: itemsById(true),
    responsibilitiesByItem: manyByKey<ResponsibilityRecord>(db, 'get-responsibilities-by-item-ids', (row) => {
      const { key, ...rest } = row as Row & ResponsibilityRow;
      return toResponsibility(units, String(key), rest);
    }),
    counterpartPairsByMeasure: manyByKey<CounterpartPairRecord>(db, 'get-counterparts-by-measure-ids', (row) => {
      primeUnit(units, row.unitA as UnitRow);
      primeUnit(units, row.unitB as UnitRow);
      return { measureId: String(row.key), aId: String(row.aId), bId: String(row.bId), basis: String(row.basis), line: row.line === null ? null : String(row.line) };
    }),
    mentionsByOwner: manyByKey<MentionRecord>(db, 'get-mentions-by-owner-ids'),
    tableRowByItem: oneByKey<TableRowRecord>(db, 'get-table-rows-by-item-ids', 'id'),
    subItemsByItem: manyByKey<ItemRecord>(db, 'get-sub-items-by-item-ids', (row) => {
      const item = row as Row & ItemRecord;
      delete item.key; // the statement's batch key, no field of the item
      loaders.itemById.prime(item.id, item);
      return item;
    }),
    leanResponsibilities: new WeakMap(),
  };
  return loaders;
}
