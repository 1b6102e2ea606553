import type { Database } from './database';

/** The name a schema statement gives its constraint or index (`CREATE CONSTRAINT unit_id IF NOT EXISTS …`). */
export function schemaObjectName(statement: string): string | undefined {
  return /CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+)?INDEX)\s+(\w+)/i.exec(statement)?.[1];
}

/**
 * Applies the cypher/schema/ statements (constraints and indexes, all IF NOT EXISTS). A restart finds them all present
 * and runs none of them, which keeps start-up short; a new one is created and waited for until it is online.
 */
export async function applySchema(db: Database): Promise<void> {
  const existing = new Set((await db.read<{ name: string }>('get-index-names')).map((r) => r.name));
  let created = 0;
  for (const name of db.cypher.namesUnder('schema')) {
    const objectName = schemaObjectName(db.cypher.get(name).text);
    if (objectName && existing.has(objectName)) continue;
    await db.write(name);
    created += 1;
  }
  if (created > 0) await db.write('await-indexes');
}
