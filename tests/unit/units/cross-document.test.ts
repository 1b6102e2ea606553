import rawTable from '../../../data/functional-lines.json';
import { loadLineTable, resolveUnits } from '../../../src/ingestion/units';
import { buildDoc, YONGCHUAN } from './fixtures';
import { buildDoc000 } from './seed000.fixture';
import { buildDoc004, UNITS_004 } from './seed004.fixture';

describe('resolution across documents', () => {
  const r000 = resolveUnits(buildDoc000());
  const r004 = resolveUnits(buildDoc004());
  const names000 = new Set(r000.units.map((u) => u.name));

  it('links every 永川 unit that has a parent to a unit named in 000, by the identical string', () => {
    const parents = r004.units.map((u) => u.parent).filter((p): p is string => p !== undefined);
    expect(parents).toHaveLength(15);
    for (const p of parents) expect(names000.has(p)).toBe(true);
  });

  it('resolves an implied parent exactly as 000 resolves the named unit', () => {
    // The 15 Chongqing heads of the lines of 004's district units (永川高新区管委会 and 永川综保区筹办 have none).
    expect(r004.impliedUnits).toHaveLength(15);
    for (const implied of r004.impliedUnits ?? []) {
      const named = r000.units.find((u) => u.name === implied.name);
      expect(named).toBeDefined();
      // Aliases differ by design (000 also saw 市X); everything a node is made of must not.
      const core = (u: typeof implied) => [u.name, u.jurisdiction, u.functionalLine, u.kind, u.officialName, u.parent];
      expect(core(implied)).toEqual(core(named ?? implied));
    }
  });

  it('reaches the Sichuan counterpart of a 永川 unit through its parent', () => {
    const customs = r004.units.find((u) => u.name === '永川海关');
    const pair = r000.counterparts.find((p) => p.a === customs?.parent);
    expect(pair?.b).toBe('成都海关');
    const finance = r004.units.find((u) => u.name === '永川区金融办');
    expect(r000.counterparts.find((p) => p.a === finance?.parent)?.b).toBe('四川省地方金融监管局');
  });

  it('names 市商务委 in a 永川 list as the municipal unit, not a district one', () => {
    const doc = buildDoc({ jurisdictions: [YONGCHUAN], items: [{ section: '附件', number: '1', lists: ['市商务委、区商务委'] }] });
    const r = resolveUnits(doc);
    expect(r.units.map((u) => [u.name, u.jurisdiction, u.parent ?? null])).toEqual([
      ['重庆市商务委', '重庆市', null],
      ['永川区商务委', '永川区', '重庆市商务委'],
    ]);
    expect(r.impliedUnits).toEqual([]);
  });

  it('reads a district the table lacks by its level and links it to the heads of its municipality', () => {
    const doc = buildDoc({
      jurisdictions: [{ name: '双桥经开区', level: 'DISTRICT', parent: '重庆市' }],
      items: [{ section: '附件', number: '1', lists: ['区商务委、区税务局'] }],
    });
    const r = resolveUnits(doc);
    expect(r.units.map((u) => [u.name, u.jurisdiction, u.parent ?? null])).toEqual([
      ['双桥经开区商务委', '双桥经开区', '重庆市商务委'],
      ['双桥经开区税务局', '双桥经开区', '重庆市税务局'],
    ]);
    expect(r.warnings[0]?.message).toMatch(/双桥经开区 is not in data\/functional-lines.json/);
  });

  it('knows 万盛经开区, a county-level area of 重庆: its units are its own, under the municipality\'s heads', () => {
    const doc = buildDoc({
      jurisdictions: [{ name: '万盛经济技术开发区', level: 'DISTRICT', parent: '重庆市' }],
      items: [{ section: '附件', number: '1', lists: ['经开区商务局、区税务局、万盛经开区卫生健康局'] }],
    });
    const r = resolveUnits(doc);
    expect(r.units.map((u) => [u.name, u.jurisdiction, u.parent ?? null])).toEqual([
      ['万盛经开区商务局', '万盛经开区', '重庆市商务委'],
      ['万盛经开区税务局', '万盛经开区', '重庆市税务局'],
      ['万盛经开区卫生健康局', '万盛经开区', '重庆市卫生健康委'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('knows every district and county of 重庆 and every city of 四川: a 璧山 list, a 泸州 list', () => {
    const bishan = resolveUnits(
      buildDoc({ jurisdictions: [{ name: '璧山区', level: 'DISTRICT', parent: '重庆市' }], items: [{ section: '附件', number: '1', lists: ['区商务委、市商务委'] }] }),
    );
    expect(bishan.units.map((u) => [u.name, u.jurisdiction, u.parent ?? null])).toEqual([
      ['璧山区商务委', '璧山区', '重庆市商务委'],
      ['重庆市商务委', '重庆市', null],
    ]);
    expect(bishan.warnings).toEqual([]);
    const luzhou = resolveUnits(
      buildDoc({ jurisdictions: [{ name: '泸州市', level: 'CITY', parent: '四川省' }], items: [{ section: '二', number: '1.', lists: ['市商务局、省商务厅、泸州海关'] }] }),
    );
    expect(luzhou.units.map((u) => [u.name, u.jurisdiction])).toEqual([
      ['泸州市商务局', '泸州市'],
      ['四川省商务厅', '四川省'],
      ['泸州海关', '泸州市'],
    ]);
  });

  it('counts 17 distinct units in 004 and 53 in 000; together 70 nodes, the 15 parents already among 000', () => {
    expect(UNITS_004).toHaveLength(17);
    const all = new Set([...r000.units, ...r004.units, ...(r004.impliedUnits ?? [])].map((u) => u.name));
    expect(all.size).toBe(53 + 17);
  });
});

describe('parent warnings', () => {
  it('warns, on the line of the unit, when a vertical district unit has no head to link to', () => {
    const jurisdictions = rawTable.jurisdictions.map((j) =>
      j.name === '重庆市' ? { ...j, heads: Object.fromEntries(Object.entries(j.heads).filter(([k]) => k !== 'customs')) } : j,
    );
    const table = loadLineTable({ ...rawTable, jurisdictions });
    const doc = buildDoc({
      jurisdictions: [YONGCHUAN],
      items: [
        { section: '附件', number: '1', lists: ['区商务委'] },
        { section: '附件', number: '2', lists: ['永川海关'] },
      ],
    });
    const r = resolveUnits(doc, table);
    // A vertical name is never derived (it would give 重庆市海关): no head, no parent, a warning.
    expect(r.units.map((u) => [u.name, u.parent ?? null])).toEqual([
      ['永川区商务委', '重庆市商务委'],
      ['永川海关', null],
    ]);
    expect(r.warnings).toEqual([{ line: 2, message: '永川海关: no head unit of 重庆市 on line customs; add it to heads' }]);
  });
});
