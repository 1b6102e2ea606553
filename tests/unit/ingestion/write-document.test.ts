import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { CypherRegistry, Params, TxRunner } from '../../../src/db';
import type { GraphRows } from '../../../src/ingestion/graph-rows';
import { LOAD_STATEMENTS, writeDocument, writerFingerprint } from '../../../src/ingestion/load';
import { prepareText } from '../../../src/ingestion/pipeline';

const SEEDS = path.join(PROJECT_ROOT, 'seed');
const JOINT = '000_a6c520428239bded.txt';
const DISTRICT = '004_5a98e9d818adeed0.txt';
const LOADS = ['merge-document', 'merge-renames', 'create-outline', 'create-items', 'create-links'];
const registry = new CypherRegistry();

function rowsOf(file: string): GraphRows {
  return prepareText(fs.readFileSync(path.join(SEEDS, file), 'utf8'), file).rows;
}

/** The joint plan with one sub-item (1.) under its first measure, so that create-items is sent too. */
function withSubItem(): GraphRows {
  const rows = rowsOf(JOINT);
  const parent = rows.items.find((i) => i.kind === 'MEASURE');
  if (!parent) throw new Error('the joint plan has no measure');
  return { ...rows, items: [...rows.items, { ...parent, id: `${parent.id}/1.`, parentId: parent.id, number: '1.', ordinal: 1 }] };
}

/**
 * Records what writeDocument sends; answers like a graph that does not hold the document yet, or (`loaded`) does, and
 * that holds the given other names of its renamed units (`present`).
 */
async function sent(rows: GraphRows, loaded = false, present: string[] = []): Promise<Map<string, Params>> {
  const calls = new Map<string, Params>();
  const tx: TxRunner = {
    run: <T>(name: string, params: Params = {}) => {
      calls.set(name, params);
      if (name === 'find-document') return Promise.resolve([{ id: loaded ? rows.document.id : null, present }] as T[]);
      const found = loaded && name === 'delete-document-owned';
      return Promise.resolve((found ? [{ id: rows.document.id, existed: true }] : []) as T[]);
    },
  };
  await writeDocument(tx, rows);
  return calls;
}

/** The keys of $rows a statement reads ($rows.units, …). */
function rowKeysRead(name: string): string[] {
  return [...new Set([...registry.get(name).text.matchAll(/\$rows\.(\w+)/g)].map((m) => m[1] ?? ''))].sort();
}

describe('writeDocument: the parameters of the load statements', () => {
  // Neo4j caches a plan per size class of each top-level list or string parameter: rows passed as separate lists made
  // the second seed plan merge-document and create-links again. Inside one map they share a plan (load.ts).
  it.each([
    ['the joint plan', () => rowsOf(JOINT)],
    ['the district plan', () => rowsOf(DISTRICT)],
    ['a plan with a sub-item', withSubItem],
  ])('%s: each load statement gets one map, $rows, with exactly the keys the statement reads', async (_label, rows) => {
    // With another name of a renamed unit in the graph, so that merge-renames is sent too.
    const calls = await sent(rows(), false, ['unit:重庆金融监管局']);
    expect(calls.has('merge-renames')).toBe(true);
    for (const name of LOADS) {
      const params = calls.get(name);
      if (!params) continue;
      expect([name, Object.keys(params)]).toEqual([name, ['rows']]);
      const map = params.rows as Record<string, unknown>;
      expect([name, typeof map === 'object' && map !== null && !Array.isArray(map)]).toEqual([name, true]);
      // A key on one side only would make UNWIND run over null: zero rows, nothing written, no error.
      expect([name, Object.keys(map).sort()]).toEqual([name, rowKeysRead(name)]);
    }
  });

  it('sends create-items with the sub-item, after the outline', async () => {
    const calls = await sent(withSubItem());
    expect([...calls.keys()]).toEqual(['find-document', 'merge-document', 'create-outline', 'create-items', 'create-links']);
    expect((calls.get('create-items')?.rows as { items: { number: string }[] }).items.map((i) => i.number)).toEqual(['1.']);
  });

  it('removes what a document owned only when find-document finds it there', async () => {
    const fresh = await sent(rowsOf(JOINT));
    const again = await sent(rowsOf(JOINT), true);
    expect([fresh.has('delete-document-owned'), again.has('delete-document-owned')]).toEqual([false, true]);
    expect([...again.keys()].slice(0, 2)).toEqual(['find-document', 'delete-document-owned']);
    expect(again.get('find-document')?.documentId).toBe(rowsOf(JOINT).document.id);
  });

  it('asks for the other names of the renamed units, and writes links and heads through merge-renames only when one is there', async () => {
    const rows = rowsOf(DISTRICT);
    const quiet = await sent(rows);
    // Seed 004 names 永川银保监分局 and 人行永川中心支行, whose heads (重庆银保监局, 人行重庆营管部) were renamed.
    const asked = (quiet.get('find-document')?.ask as { unitIds: string[] }).unitIds;
    expect(asked).toEqual(expect.arrayContaining(['unit:重庆金融监管局', 'unit:人行重庆市分行']));
    expect(asked).not.toContain('unit:重庆银保监局');
    expect(quiet.has('merge-renames')).toBe(false);
    expect((quiet.get('merge-document')?.rows as { reportsTo: unknown[] }).reportsTo).toHaveLength(rows.reportsTo.length);
    const renamed = await sent(rows, false, ['unit:重庆金融监管局']);
    expect((renamed.get('merge-document')?.rows as { reportsTo: unknown[] }).reportsTo).toEqual([]);
    expect(renamed.get('merge-renames')?.rows).toEqual({ renames: rows.renames, reportsTo: rows.reportsTo });
    expect(rows.reportsTo.length).toBeGreaterThan(0);
  });

  it('sends merge-renames for a document that names both names of a renamed body itself, whatever the graph holds', async () => {
    const both = prepareText(
      fs
        .readFileSync(path.join(SEEDS, DISTRICT), 'utf8')
        .replace('2022年5月27日', '2024年5月27日')
        .replace('永川银保监分局\n', '永川银保监分局、重庆银保监局\n'),
      'both.txt',
    ).rows;
    expect(both.renames.some((r) => r.fromId === 'unit:重庆银保监局' && r.toId === 'unit:重庆金融监管局')).toBe(true);
    expect((await sent(both)).has('merge-renames')).toBe(true);
  });

  it('declares $rows as the one parameter of every load statement', () => {
    for (const name of LOADS) expect([name, registry.get(name).params]).toEqual([name, ['rows']]);
  });

  it('hands the rows over whole: every responsibility, pairing and unit of the joint plan is in the map', async () => {
    const rows = rowsOf(JOINT);
    const calls = await sent(rows);
    const map = (name: string): Record<string, unknown[]> => calls.get(name)?.rows as Record<string, unknown[]>;
    expect(map('merge-document').units).toHaveLength(rows.units.length);
    expect(map('create-links').responsibilities).toHaveLength(rows.responsibilities.length);
    expect(map('create-links').counterparts).toHaveLength(rows.counterparts.length);
    expect(map('create-outline').sections).toHaveLength(rows.sections.length);
    expect(rows.responsibilities.length).toBeGreaterThan(0);
  });
});

describe('Document.rowsHash', () => {
  const text = fs.readFileSync(path.join(SEEDS, JOINT), 'utf8');

  it('is the same for the same text under another file name, and differs for another text', () => {
    const a = prepareText(text, JOINT).rows.document;
    expect(prepareText(text, 'renamed.txt').rows.document.rowsHash).toBe(a.rowsHash);
    expect(prepareText(text.replace('开展贸易监管模式协同创新', '开展贸易监管模式协同改革'), JOINT).rows.document.rowsHash).not.toBe(a.rowsHash);
  });

  it('covers every statement a load runs, so that a change to one of them reloads the seeds', () => {
    const source = fs.readFileSync(path.join(PROJECT_ROOT, 'src/ingestion/load.ts'), 'utf8');
    const run = [...source.matchAll(/\brun(?:<[^>]*>)?\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(run)).toEqual(new Set(LOAD_STATEMENTS));
    expect(writerFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
