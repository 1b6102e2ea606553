import type DataLoader from 'dataloader';
import type { Database } from '../db';
import type { CounterpartPairRecord, ItemRecord, MentionRecord, ResponsibilityRecord } from '../services/records';
import { manyByKey, oneByKey } from './batch';

export interface MeasureLoaders {
  itemById: DataLoader<string, ItemRecord | null>;
  responsibilitiesByItem: DataLoader<string, ResponsibilityRecord[]>;
  counterpartPairsByMeasure: DataLoader<string, CounterpartPairRecord[]>;
  /** Platforms, zones and mechanisms, keyed by item or document id. */
  mentionsByOwner: DataLoader<string, MentionRecord[]>;
}

export function createMeasureLoaders(db: Database): MeasureLoaders {
  return {
    itemById: oneByKey<ItemRecord>(db, 'get-items-by-ids', 'id'),
    responsibilitiesByItem: manyByKey<ResponsibilityRecord>(db, 'get-responsibilities-by-item-ids', (row) => ({ ...(row as unknown as ResponsibilityRecord), itemId: String(row.key) })),
    counterpartPairsByMeasure: manyByKey<CounterpartPairRecord>(db, 'get-counterparts-by-measure-ids', (row) => ({ ...(row as unknown as CounterpartPairRecord), measureId: String(row.key) })),
    mentionsByOwner: manyByKey<MentionRecord>(db, 'get-mentions-by-owner-ids'),
  };
}
