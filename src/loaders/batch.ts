import DataLoader from 'dataloader';
import type { Database } from '../db';

/**
 * Helpers that turn one read statement into a DataLoader: every key of one tick goes into a single statement
 * (`UNWIND $ids`), so a nested query costs one round trip per field, not one per parent.
 */

type Row = Record<string, unknown>;

/** Statement returns one row per found key, with the key in column `keyColumn`; missing keys resolve to null. */
export function oneByKey<T>(db: Database, statement: string, keyColumn: string, param = 'ids'): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await db.read<Row>(statement, { [param]: [...keys] });
    const byKey = new Map<string, T>();
    for (const row of rows) {
      const key = row[keyColumn];
      if (typeof key === 'string' && row.id !== null && !byKey.has(key)) byKey.set(key, row as T);
    }
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Statement returns any number of rows per key in column `key`, already in the order the field shows them. */
export function manyByKey<T>(db: Database, statement: string, map: (row: Row) => T = (row) => row as T): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.read<Row>(statement, { ids: [...keys] });
    const byKey = new Map<string, T[]>();
    for (const row of rows) {
      const key = String(row.key);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(map(row));
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
