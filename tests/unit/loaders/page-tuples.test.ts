import { CypherRegistry } from '../../../src/db';
import type { Database } from '../../../src/db';
import { createLoaders } from '../../../src/loaders';
import { fromTuple, PAGE_RESPONSIBILITY_FIELDS, PAGE_UNIT_FIELDS, primePage } from '../../../src/loaders/measure.loader';
import type { ItemRecord } from '../../../src/services/records';

/**
 * list-measures returns a page's responsibilities and units as positional lists; the loader names their values by
 * position. Here the statement's lists are read back and held to the loader's field orders, so that a column moved
 * on one side cannot hand a unit's kind out as its jurisdiction.
 */
const statement = new CypherRegistry().get('list-measures').text;

/** The expressions of the `RETURN [ … ]` list that ends in the given column (`… } END AS units`). */
function listOf(column: string): string[] {
  const m = new RegExp(`RETURN\\s*\\[([^\\]]*)\\]\\s*\\}\\]?\\s*END\\s+AS\\s+${column}\\b`).exec(statement);
  if (!m?.[1]) throw new Error(`list-measures has no RETURN [ … ] list for the ${column} column`);
  return m[1].split(',').map((e) => e.trim());
}

describe('list-measures positional lists', () => {
  it('gives a responsibility its unit id first, then the RESPONSIBLE_FOR properties in PAGE_RESPONSIBILITY_FIELDS order', () => {
    expect(listOf('responsibilities')).toEqual(PAGE_RESPONSIBILITY_FIELDS.map((f) => (f === 'unitId' ? 'u.id' : `r.${f}`)));
  });

  it('gives a unit its properties in PAGE_UNIT_FIELDS order', () => {
    expect(listOf('units')).toEqual(PAGE_UNIT_FIELDS.map((f) => `u.${f}`));
  });
});

describe('fromTuple', () => {
  it.each([
    [['id', 'name'], ['unit:重庆海关', '重庆海关'], { id: 'unit:重庆海关', name: '重庆海关' }],
    // A property the node lacks comes back from Cypher as null, in its place.
    [['id', 'officialName'], ['unit:重庆海关', null], { id: 'unit:重庆海关', officialName: null }],
  ] as const)('names %j from %j', (fields, values, expected) => {
    expect(fromTuple<Record<string, unknown>, typeof fields>(fields, values)).toEqual(expected);
  });

  it('refuses a list of another length than its fields, rather than shifting or padding the values', () => {
    expect(() => fromTuple<Record<string, unknown>, readonly string[]>(['id', 'officialName'], ['unit:重庆海关'])).toThrow(/1 values for the 2 fields id, officialName/);
    expect(() => fromTuple<Record<string, unknown>, readonly string[]>(['id'], ['unit:重庆海关', '重庆海关'])).toThrow(/2 values for the 1 fields/);
  });

  it('gives every object its keys in the field order', () => {
    expect(Object.keys(fromTuple<Record<string, unknown>, typeof PAGE_UNIT_FIELDS>(PAGE_UNIT_FIELDS, PAGE_UNIT_FIELDS.map(() => null)))).toEqual([...PAGE_UNIT_FIELDS]);
  });
});

describe('primePage', () => {
  // Every answer below must come from priming: a loader that reached the database would fail the test.
  const db = { read: () => Promise.reject(new Error('primePage must not need the database')) } as unknown as Database;
  const item = (n: string, text: string | null): ItemRecord => ({
    id: `doc:x/二/${n}`, documentId: 'doc:x', sectionId: 'doc:x/二', number: n, ordinal: 1, order: 1, kind: 'MEASURE', title: n, text, start: 0, end: 10,
  });
  const unit = (id: string, name: string, jurisdiction: string): unknown[] => [id, name, [name], null, jurisdiction, 'customs', 'VERTICAL'];
  const resp = (unitId: string, asWritten: string, jurisdiction: string, listIndex: number, position: number): unknown[] =>
    [unitId, asWritten, jurisdiction, listIndex, position, 'RESPONSIBLE', 1, 5];

  it('gives each node the responsibility list in its own place, and primes the units whole', async () => {
    const loaders = createLoaders(db);
    const nodes = [item('（一）', 'text one'), item('（二）', 'text two'), item('（三）', 'text three')];
    primePage(loaders, loaders, nodes, {
      // Lists of different lengths, so a shift between nodes and lists would show.
      responsibilities: [
        [resp('unit:cq', '重庆海关', '重庆市', 0, 0), resp('unit:cd', '成都海关', '四川省', 1, 0)],
        [],
        [resp('unit:cd', '成都海关', '四川省', 0, 0)],
      ],
      units: [unit('unit:cq', '重庆海关', '重庆市'), unit('unit:cd', '成都海关', '四川省')],
    });
    const names = async (n: number): Promise<string[]> => (await loaders.responsibilitiesByItem.load(nodes[n]!.id)).map((r) => `${r.itemId}:${r.listIndex}.${r.position}:${r.asWritten}`);
    expect(await names(0)).toEqual(['doc:x/二/（一）:0.0:重庆海关', 'doc:x/二/（一）:1.0:成都海关']);
    expect(await names(1)).toEqual([]);
    expect(await names(2)).toEqual(['doc:x/二/（三）:0.0:成都海关']);
    expect(await loaders.unitById.load('unit:cd')).toEqual({ id: 'unit:cd', name: '成都海关', aliases: ['成都海关'], officialName: null, jurisdiction: '四川省', functionalLine: 'customs', kind: 'VERTICAL' });
    expect(await loaders.itemById.load(nodes[2]!.id)).toBe(nodes[2]);
  });

  it('primes itemById only with nodes that carry their text', async () => {
    const loaders = createLoaders(db);
    const node = item('（一）', null);
    primePage(loaders, loaders, [node], { responsibilities: null, units: null });
    await expect(loaders.itemById.load(node.id)).rejects.toThrow(/must not need the database/);
  });

  it('fails when the statement returns another number of responsibility lists than nodes', () => {
    const loaders = createLoaders(db);
    expect(() => primePage(loaders, loaders, [item('（一）', 't'), item('（二）', 't')], { responsibilities: [[]], units: [] })).toThrow(
      /1 responsibility lists for 2 nodes/,
    );
  });
});
