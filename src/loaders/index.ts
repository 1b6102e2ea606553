import type { Database } from '../db';

/** Every DataLoader of one request; each batches its keys into one Cypher statement. */
export interface Loaders {
  readonly db: Database;
}

export function createLoaders(db: Database): Loaders {
  return { db };
}
