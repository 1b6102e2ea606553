import { CypherRegistry } from '../../../src/db';
import type { Database } from '../../../src/db';
import { createLoaders } from '../../../src/loaders';
import {
  fromTuple,
  LEAN_NODE_FIELDS,
  LEAN_RESPONSIBILITY_FIELDS,
  LEAN_UNIT_FIELDS,
  PAGE_RESPONSIBILITY_FIELDS,
  PAGE_UNIT_FIELDS,
  primePage,
} from '../../../src/loaders/measure.loader';
import type { ItemRecord } from '../../../src/services/records';

/**
 * list-measures returns a page's responsibilities and units as positional lists; the loader names their values by
 * position. Here the statement's lists are read back and held to the loader's field orders, so that a column moved
 * on one side cannot hand a unit's kind out as its jurisdiction.
 */
const statement = new CypherRegistry().get('list-measures').text;

/**
 * The expressions of the two lists of `RETURN CASE WHEN $lean THEN [ … ] ELSE [ … ] END` that end in the given column
 * (`… } END AS units`).
 */
function listsOf(column: string): { lean: string[]; whole: string[] } {
  const m = new RegExp(`RETURN\\s+CASE\\s+WHEN\\s+\\$lean\\s+THEN\\s*\\[([^\\]]*)\\]\\s*ELSE\\s*\\[([^\\]]*)\\]\\s*END\\s*\\}\\]?\\s*END\\s+AS\\s+${column}\\b`).exec(statement);
  if (!m?.[1] || !m[2]) throw new Error(`list-measures has no RETURN CASE WHEN $lean THEN [ … ] ELSE [ … ] END for the ${column} column`);
  const split = (list: string): string[] => list.split(',').map((e) => e.trim());
  return { lean: split(m[1]), whole: split(m[2]) };
}

describe('list-measures positional lists', () => {
  const responsibility = (f: string): string => (f === 'unitId' ? 'u.id' : `r.${f}`);

  it('gives a responsibility its unit id first, then the RESPONSIBLE_FOR properties in PAGE_RESPONSIBILITY_FIELDS order', () => {
    expect(listsOf('responsibilities').whole).toEqual(PAGE_RESPONSIBILITY_FIELDS.map(responsibility));
  });

  it('gives a unit its properties in PAGE_UNIT_FIELDS order', () => {
    expect(listsOf('units').whole).toEqual(PAGE_UNIT_FIELDS.map((f) => `u.${f}`));
  });

  it('gives a lean page the LEAN_* fields, each list the start of the whole one', () => {
    expect(listsOf('responsibilities').lean).toEqual(LEAN_RESPONSIBILITY_FIELDS.map(responsibility));
    expect(listsOf('units').lean).toEqual(LEAN_UNIT_FIELDS.map((f) => `u.${f}`));
    expect(PAGE_RESPONSIBILITY_FIELDS.slice(0, LEAN_RESPONSIBILITY_FIELDS.length)).toEqual([...LEAN_RESPONSIBILITY_FIELDS]);
    expect(PAGE_UNIT_FIELDS.slice(0, LEAN_UNIT_FIELDS.length)).toEqual([...LEAN_UNIT_FIELDS]);
  });

  it('gives the nodes of a lean page LEAN_NODE_FIELDS and a null text', () => {
    const m = /CASE\s+WHEN\s+\$lean\s+THEN\s+i\s*\{([^}]*)\}/.exec(statement);
    expect(m?.[1]?.split(',').map((e) => e.trim())).toEqual([...LEAN_NODE_FIELDS.map((f) => `.${f}`), 'text: null']);
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

  it('keeps a lean page out of the shared loaders: each node holds its own responsibilities, with unit ids and names', async () => {
    const loaders = createLoaders(db);
    const nodes = [item('（一）', null), item('（二）', null)];
    primePage(loaders, loaders, nodes, { responsibilities: [[['unit:cq'], ['unit:cd']], [['unit:cd']]], units: [['unit:cq', '重庆海关'], ['unit:cd', '成都海关']] }, true);
    expect(loaders.leanResponsibilities.get(nodes[0]!)).toEqual([
      { itemId: nodes[0]!.id, unitId: 'unit:cq', leanUnit: { id: 'unit:cq', name: '重庆海关' } },
      { itemId: nodes[0]!.id, unitId: 'unit:cd', leanUnit: { id: 'unit:cd', name: '成都海关' } },
    ]);
    expect(loaders.leanResponsibilities.get(nodes[1]!)?.map((r) => r.leanUnit.name)).toEqual(['成都海关']);
    // Nothing partial was primed: these loaders would go to the database, which the stub refuses.
    await expect(loaders.unitById.load('unit:cq')).rejects.toThrow(/must not need the database/);
    await expect(loaders.responsibilitiesByItem.load(nodes[0]!.id)).rejects.toThrow(/must not need the database/);
  });

  it('fails on a lean page whose units miss one its responsibilities name, or whose lists are the whole ones', () => {
    const loaders = createLoaders(db);
    expect(() => primePage(loaders, loaders, [item('（一）', null)], { responsibilities: [[['unit:cq']]], units: [] }, true)).toThrow(/names unit unit:cq on .* but did not return it/);
    expect(() =>
      primePage(loaders, loaders, [item('（一）', null)], { responsibilities: [[resp('unit:cq', '重庆海关', '重庆市', 0, 0)]], units: [unit('unit:cq', '重庆海关', '重庆市')] }, true),
    ).toThrow(/values for the 2 fields id, name/);
  });
});
