import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { CypherRegistry, Params, TxRunner } from '../../../src/db';
import { writeDocument } from '../../../src/ingestion/load';
import { prepareText } from '../../../src/ingestion/pipeline';

const SEEDS = path.join(PROJECT_ROOT, 'seed');
const registry = new CypherRegistry();

/** Records what writeDocument sends; answers like a graph that does not hold the document yet. */
async function sent(file: string): Promise<{ name: string; params: Params }[]> {
  const calls: { name: string; params: Params }[] = [];
  const tx: TxRunner = {
    run: <T>(name: string, params: Params = {}) => {
      calls.push({ name, params });
      return Promise.resolve([] as T[]);
    },
  };
  await writeDocument(tx, prepareText(fs.readFileSync(path.join(SEEDS, file), 'utf8'), file).rows);
  return calls;
}

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

describe('writeDocument: the parameters of the load statements', () => {
  // Neo4j caches a plan per size class of each top-level list or string parameter: rows passed as separate lists made
  // the second seed plan merge-document and create-links again (1.4 s of a cold load). Inside one map they share a plan.
  it.each(['000_a6c520428239bded.txt', '004_5a98e9d818adeed0.txt'])('%s: every row-carrying statement gets one map, $rows', async (file) => {
    const calls = await sent(file);
    const loads = calls.filter((c) => c.name !== 'delete-document-owned');
    expect(loads.map((c) => c.name)).toEqual(expect.arrayContaining(['merge-document', 'create-outline', 'create-links']));
    for (const { name, params } of loads) {
      expect([name, Object.keys(params)]).toEqual([name, ['rows']]);
      expect([name, isPlainObject(params.rows)]).toEqual([name, true]);
      expect([name, registry.get(name).params]).toEqual([name, ['rows']]);
    }
  });

  it('hands the rows over whole: every responsibility and unit of the joint plan is in the map', async () => {
    const text = fs.readFileSync(path.join(SEEDS, '000_a6c520428239bded.txt'), 'utf8');
    const { rows } = prepareText(text, 'joint.txt');
    const calls = await sent('000_a6c520428239bded.txt');
    const byName = new Map(calls.map((c) => [c.name, c.params.rows as Record<string, unknown[]>]));
    expect(byName.get('merge-document')?.units).toHaveLength(rows.units.length);
    expect(byName.get('create-links')?.responsibilities).toHaveLength(rows.responsibilities.length);
    expect(byName.get('create-links')?.counterparts).toHaveLength(rows.counterparts.length);
    expect(byName.get('create-outline')?.sections).toHaveLength(rows.sections.length);
    expect(rows.responsibilities.length).toBeGreaterThan(0);
  });
});
