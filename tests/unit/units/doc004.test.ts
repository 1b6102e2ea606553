import { resolveUnits } from '../../../src/ingestion/units';
import { buildDoc004, ROWS, UNITS_004 } from './seed004.fixture';

describe('seed 004: 永川联动创新区 attachment table', () => {
  const resolution = resolveUnits(buildDoc004());

  it('covers all 33 rows', () => {
    expect(ROWS).toHaveLength(33);
    expect(new Set(resolution.responsibilities.map((r) => r.itemKey)).size).toBe(33);
  });

  it.each(ROWS)('row %i: %s', (n, _cell, names) => {
    const rows = resolution.responsibilities.filter((r) => r.itemKey === `附件/${n}`);
    expect(rows.map((r) => r.unit)).toEqual(names);
    expect(rows.every((r) => r.jurisdiction === '永川区' && r.listIndex === 0)).toBe(true);
  });

  it('keeps the written form, stray spaces included, on the responsibility', () => {
    const row7 = resolution.responsibilities.filter((r) => r.itemKey === '附件/7');
    expect(row7.map((r) => r.asWritten)).toEqual(['区金融办', '人行 永川中心支行', ' 永川银保监分局']);
    expect(row7.map((r) => r.position)).toEqual([0, 1, 2]);
  });

  it('has 17 distinct units, all of 永川区', () => {
    expect(resolution.units.map((u) => u.name)).toEqual(UNITS_004.map(([name]) => name));
    expect(resolution.units.every((u) => u.jurisdiction === '永川区')).toBe(true);
  });

  it.each(UNITS_004)('%s: line %s, kind %s, parent %s', (name, line, kind, parent) => {
    const u = resolution.units.find((x) => x.name === name);
    expect(u?.functionalLine).toBe(line);
    expect(u?.kind).toBe(kind);
    expect(u?.parent ?? null).toBe(parent);
  });

  it('aliases the spaced and unspaced forms of 人行永川中心支行 without the spaces', () => {
    expect(resolution.units.find((u) => u.name === '人行永川中心支行')?.aliases).toEqual(['人行永川中心支行']);
    expect(resolution.units.find((u) => u.name === '永川区商务委')?.aliases.sort()).toEqual(['区商务委', '永川区商务委'].sort());
  });

  it('lists the 15 parents as implied Chongqing units, fully resolved', () => {
    const parents = UNITS_004.map(([, , , p]) => p).filter((p): p is string => p !== null);
    expect(parents).toHaveLength(15);
    expect(resolution.impliedUnits?.map((u) => u.name)).toEqual(parents);
    const customs = resolution.impliedUnits?.find((u) => u.name === '重庆海关');
    expect(customs).toEqual({
      name: '重庆海关',
      aliases: ['重庆海关'],
      jurisdiction: '重庆市',
      functionalLine: 'customs',
      kind: 'VERTICAL_AGENCY',
      officialName: '中华人民共和国重庆海关',
    });
  });

  it('pairs nothing: a district plan has one jurisdiction', () => {
    expect(resolution.counterparts).toEqual([]);
    expect(resolution.unpaired).toEqual([]);
  });

  it('resolves the issuer as a 永川 government office', () => {
    expect(resolution.issuers?.map((u) => [u.name, u.jurisdiction, u.kind])).toEqual([
      ['重庆市永川区人民政府办公室', '永川区', 'GOVERNMENT'],
    ]);
  });

  it('reports no warnings', () => {
    expect(resolution.warnings).toEqual([]);
  });
});
