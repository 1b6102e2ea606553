import { resolveUnits } from '../../../src/ingestion/units';
import type { CounterpartPair } from '../../../src/model/units';
import { buildDoc000, MEASURES } from './seed000.fixture';

describe('seed 000: 川渝自贸试验区协同开放示范区深化改革创新行动方案', () => {
  const resolution = resolveUnits(buildDoc000());

  it('covers all 24 measures', () => {
    expect(MEASURES).toHaveLength(24);
    expect(new Set(resolution.responsibilities.map((r) => r.itemKey)).size).toBe(24);
  });

  describe.each(MEASURES)('$section $number', (m) => {
    const itemKey = `${m.section}/${m.number}`;
    const of = (listIndex: number): string[] =>
      resolution.responsibilities.filter((r) => r.itemKey === itemKey && r.listIndex === listIndex).map((r) => r.unit);

    it('resolves the Chongqing list', () => {
      expect(of(0)).toEqual(m.cqNames);
    });

    it('resolves the Sichuan list', () => {
      expect(of(1)).toEqual(m.scNames);
    });

    it('pairs counterparts by functional line', () => {
      const expected: CounterpartPair[] = m.pairs.map(([a, b, line]) => ({ itemKey, a, b, basis: 'FUNCTIONAL_LINE', line }));
      expect(resolution.counterparts.filter((p) => p.itemKey === itemKey)).toEqual(expected);
    });

    it('leaves only the expected units without partner', () => {
      expect(resolution.unpaired.filter((u) => u.itemKey === itemKey).map((u) => u.unit)).toEqual(m.unpaired ?? []);
    });
  });

  it('（十三）: 市中新项目管理局 has no partner although 省通信管理局 stands at its position', () => {
    const item = resolution.counterparts.filter((p) => p.itemKey === '四/（十三）');
    expect(item.some((p) => p.a === '重庆市中新项目管理局')).toBe(false);
    expect(item.filter((p) => p.b === '四川省通信管理局')).toEqual([
      { itemKey: '四/（十三）', a: '重庆市通信管理局', b: '四川省通信管理局', basis: 'FUNCTIONAL_LINE', line: 'telecoms' },
    ]);
  });

  it('has 53 distinct units: 27 of Chongqing and 26 of Sichuan', () => {
    expect(resolution.units).toHaveLength(53);
    expect(resolution.units.filter((u) => u.jurisdiction === '重庆市')).toHaveLength(27);
    expect(resolution.units.filter((u) => u.jurisdiction === '四川省')).toHaveLength(26);
  });

  it('merges 重庆市商务委 and 市商务委 into one unit with both aliases', () => {
    const commerce = resolution.units.filter((u) => u.functionalLine === 'commerce' && u.jurisdiction === '重庆市');
    expect(commerce).toHaveLength(1);
    expect(commerce[0]?.name).toBe('重庆市商务委');
    expect([...(commerce[0]?.aliases ?? [])].sort()).toEqual(['市商务委', '重庆市商务委'].sort());
  });

  it('keeps other written forms as aliases', () => {
    const byName = new Map(resolution.units.map((u) => [u.name, u]));
    expect(byName.get('重庆市高法院')?.aliases.sort()).toEqual(['市高法院', '重庆市高法院'].sort());
    expect(byName.get('四川省法院')?.aliases.sort()).toEqual(['四川省法院', '省法院'].sort());
    expect(byName.get('重庆海关')?.aliases).toEqual(['重庆海关']);
  });

  it('classifies kinds', () => {
    const kind = (name: string) => resolution.units.find((u) => u.name === name)?.kind;
    expect(kind('重庆海关')).toBe('VERTICAL_AGENCY');
    expect(kind('成都海关')).toBe('VERTICAL_AGENCY');
    expect(kind('人行成都分行')).toBe('VERTICAL_AGENCY');
    expect(kind('重庆市税务局')).toBe('VERTICAL_AGENCY');
    expect(kind('重庆市邮政管理局')).toBe('VERTICAL_AGENCY');
    expect(kind('四川省通信管理局')).toBe('VERTICAL_AGENCY');
    expect(kind('民航四川监管局')).toBe('VERTICAL_AGENCY');
    expect(kind('重庆证监局')).toBe('VERTICAL_AGENCY');
    expect(kind('重庆市高法院')).toBe('COURT');
    expect(kind('四川省法院')).toBe('COURT');
    expect(kind('中铁成都局集团公司')).toBe('STATE_OWNED_ENTERPRISE');
    expect(kind('重庆铁路办事处')).toBe('OFFICE');
    expect(kind('重庆市政府口岸物流办')).toBe('OFFICE');
    expect(kind('四川省大数据中心')).toBe('PUBLIC_INSTITUTION');
    expect(kind('四川省知识产权中心')).toBe('PUBLIC_INSTITUTION');
    expect(kind('重庆市商务委')).toBe('LOCAL_GOVERNMENT_DEPARTMENT');
    expect(kind('四川省人力资源社会保障厅')).toBe('LOCAL_GOVERNMENT_DEPARTMENT');
    expect(kind('重庆市中新项目管理局')).toBe('LOCAL_GOVERNMENT_DEPARTMENT');
  });

  it('puts units named by a place in that place: 成都海关 and 中铁成都局集团公司 are Sichuan units', () => {
    const j = (name: string) => resolution.units.find((u) => u.name === name)?.jurisdiction;
    expect(j('成都海关')).toBe('四川省');
    expect(j('人行成都分行')).toBe('四川省');
    expect(j('中铁成都局集团公司')).toBe('四川省');
    expect(j('人行重庆营管部')).toBe('重庆市');
    expect(j('民航重庆监管局')).toBe('重庆市');
  });

  it('gives no parent to municipal and provincial units', () => {
    expect(resolution.units.filter((u) => u.parent !== undefined)).toEqual([]);
    expect(resolution.impliedUnits).toEqual([]);
  });

  it('adds official names where known', () => {
    const official = (name: string) => resolution.units.find((u) => u.name === name)?.officialName;
    expect(official('重庆市高法院')).toBe('重庆市高级人民法院');
    expect(official('人行重庆营管部')).toBe('中国人民银行重庆营业管理部');
    expect(official('中铁成都局集团公司')).toBe('中国铁路成都局集团有限公司');
  });

  it('resolves the issuers as government units', () => {
    expect(resolution.issuers?.map((u) => [u.name, u.jurisdiction, u.kind, u.functionalLine])).toEqual([
      ['重庆市人民政府办公厅', '重庆市', 'GOVERNMENT', 'government'],
      ['四川省人民政府办公厅', '四川省', 'GOVERNMENT', 'government'],
    ]);
  });

  it('reports no warnings', () => {
    expect(resolution.warnings).toEqual([]);
  });
});
