import { CypherRegistry } from '../../../src/db';
import { fromTuple, PAGE_RESPONSIBILITY_FIELDS, PAGE_UNIT_FIELDS } from '../../../src/loaders/measure.loader';

/**
 * list-measures returns a page's responsibilities and units as positional lists; the loader names their values by
 * position. Here the statement's lists are read back and held to the loader's field orders, so that a column moved
 * on one side cannot hand a unit's kind out as its jurisdiction.
 */
const statement = new CypherRegistry().get('list-measures').text;

/** The expressions of each `RETURN [ … ]` list in the statement, in order. */
const returnedLists = [...statement.matchAll(/RETURN \[([^\]]+)\]/g)].map((m) => (m[1] ?? '').split(',').map((e) => e.trim()));

describe('list-measures positional lists', () => {
  it('returns two lists: a responsibility, then a unit', () => {
    expect(returnedLists).toHaveLength(2);
  });

  it('gives a responsibility its unit id first, then the RESPONSIBLE_FOR properties in PAGE_RESPONSIBILITY_FIELDS order', () => {
    expect(returnedLists[0]).toEqual(PAGE_RESPONSIBILITY_FIELDS.map((f) => (f === 'unitId' ? 'u.id' : `r.${f}`)));
  });

  it('gives a unit its properties in PAGE_UNIT_FIELDS order', () => {
    expect(returnedLists[1]).toEqual(PAGE_UNIT_FIELDS.map((f) => `u.${f}`));
  });
});

describe('fromTuple', () => {
  it.each([
    [['id', 'name'], ['unit:重庆海关', '重庆海关'], { id: 'unit:重庆海关', name: '重庆海关' }],
    // A property the node lacks comes back as null from Cypher; a shorter list (an older statement) reads as null too.
    [['id', 'officialName'], ['unit:重庆海关', null], { id: 'unit:重庆海关', officialName: null }],
    [['id', 'officialName'], ['unit:重庆海关'], { id: 'unit:重庆海关', officialName: null }],
  ] as const)('names %j from %j', (fields, values, expected) => {
    expect(fromTuple<Record<string, unknown>>(fields, values)).toEqual(expected);
  });

  it('gives every object its keys in the field order', () => {
    expect(Object.keys(fromTuple<Record<string, unknown>>(PAGE_UNIT_FIELDS, []))).toEqual([...PAGE_UNIT_FIELDS]);
  });
});
