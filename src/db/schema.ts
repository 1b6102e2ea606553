import type { Database } from './database';

/** Applies every cypher/schema/ statement (constraints and indexes, all IF NOT EXISTS) and waits for indexes to come online. */
export async function applySchema(db: Database): Promise<void> {
  for (const name of db.cypher.namesUnder('schema')) {
    await db.write(name);
  }
  await db.write('await-indexes');
}
