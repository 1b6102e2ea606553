import { administrativeTier, pairCounterparts, resolveUnits, type PairingUnit } from '../../../src/ingestion/units';
import type { JurisdictionRef } from '../../../src/model/parsed';
import { buildDoc, CHONGQING, SICHUAN } from './fixtures';

const u = (unit: string, position: number, line: string | null, generic = false): PairingUnit => ({ unit, position, line, generic });
/** The counterparts of a one-measure plan whose lists are `lists`, in the plan's `jurisdictions` order. */
const pairsOf = (jurisdictions: JurisdictionRef[], lists: string[], signedOn?: string) =>
  resolveUnits(buildDoc({ jurisdictions, ...(signedOn !== undefined ? { signedOn } : {}), items: [{ section: '一', number: '（一）', lists }] })).counterparts;

describe('pairCounterparts', () => {
  it('pairs by line wherever the units stand', () => {
    const r = pairCounterparts('k', [u('A1', 0, 'x'), u('A2', 1, 'y')], [u('B1', 0, 'y'), u('B2', 1, 'x')]);
    expect(r.pairs).toEqual([
      { itemKey: 'k', a: 'A1', b: 'B2', basis: 'FUNCTIONAL_LINE', line: 'x' },
      { itemKey: 'k', a: 'A2', b: 'B1', basis: 'FUNCTIONAL_LINE', line: 'y' },
    ]);
    expect(r.unpaired).toEqual([]);
  });

  it('pairs one unit with every unit of the other list on its line', () => {
    const r = pairCounterparts('k', [u('A', 0, 'x')], [u('B1', 0, 'x'), u('B2', 1, 'x')]);
    expect(r.pairs.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['A', 'B1', 'FUNCTIONAL_LINE'],
      ['A', 'B2', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('pairs units of no known line by the same office wherever they stand, before position', () => {
    const o = (unit: string, position: number, office: string, line: string | null = null): PairingUnit => ({ unit, position, line, office });
    // 省社保局、省就业局；市就业服务管理局、市社保局: the two 社保局 pair; neither 就业 body takes a 社保局 by position.
    const r = pairCounterparts('k', [o('四川省社保局', 0, '社保局'), o('四川省就业局', 1, '就业局')], [o('重庆市就业服务管理局', 0, '就业服务管理局'), o('重庆市社保局', 1, '社保局')]);
    expect(r.pairs).toEqual([{ itemKey: 'k', a: '四川省社保局', b: '重庆市社保局', basis: 'SAME_OFFICE' }]);
    expect(r.unpaired.map((x) => x.unit)).toEqual(['四川省就业局', '重庆市就业服务管理局']);
    // A unit on a known line is never paired by office: its line decides (here, with no partner, position does).
    const lined = pairCounterparts('k', [o('A', 0, '办公室', 'x'), o('A2', 1, '中心')], [o('B2', 0, '中心'), o('B', 1, '办公室')]);
    expect(lined.pairs).toEqual([{ itemKey: 'k', a: 'A2', b: 'B2', basis: 'SAME_OFFICE' }]);
  });

  it('falls back to position when both units at a position have an unknown line', () => {
    const r = pairCounterparts('k', [u('A1', 0, 'x'), u('A2', 1, null)], [u('B1', 0, 'x'), u('B2', 1, null)]);
    expect(r.pairs[1]).toEqual({ itemKey: 'k', a: 'A2', b: 'B2', basis: 'POSITION' });
    expect(r.unpaired).toEqual([]);
  });

  it('falls back to position when a known line has no partner and the unit opposite is unmatched too', () => {
    const r = pairCounterparts('k', [u('A1', 0, 'x'), u('A2', 1, 'only_a')], [u('B1', 0, 'x'), u('B2', 1, null)]);
    expect(r.pairs[1]).toEqual({ itemKey: 'k', a: 'A2', b: 'B2', basis: 'POSITION' });
  });

  it('does not take a unit by position that already has a line partner', () => {
    // The （十三） shape: A4 has no line partner, B4 at its position is paired by line with A5.
    const r = pairCounterparts(
      'k',
      [u('A1', 0, 'a'), u('A2', 1, 'b'), u('A3', 2, 'c'), u('A4', 3, 'only_a'), u('A5', 4, 't')],
      [u('B1', 0, 'a'), u('B2', 1, 'b'), u('B3', 2, 'c'), u('B4', 3, 't')],
    );
    expect(r.pairs.every((p) => p.basis === 'FUNCTIONAL_LINE')).toBe(true);
    expect(r.pairs.find((p) => p.b === 'B4')?.a).toBe('A5');
    expect(r.unpaired).toEqual([{ itemKey: 'k', unit: 'A4' }]);
  });

  it('reports units of either list left without a partner, once', () => {
    const r = pairCounterparts('k', [u('A1', 0, 'x')], [u('B1', 0, 'x'), u('B2', 1, 'z'), u('B2', 2, 'z')]);
    expect(r.unpaired).toEqual([{ itemKey: 'k', unit: 'B2' }]);
  });

  it.each([
    // Peers only where there are peers: the provincial units pair, the city unit on the same line is left alone.
    ['a city unit beside its province', [['重庆市商务委', 1]], [['四川省商务厅', 1], ['泸州市商务局', 2]], [['重庆市商务委', '四川省商务厅']], ['泸州市商务局']],
    // With no peer on either side the line still pairs them.
    ['a city unit alone on its line', [['重庆市商务委', 1]], [['泸州市商务局', 2]], [['重庆市商务委', '泸州市商务局']], []],
    // Each tier with its own.
    [
      'two tiers on each side',
      [['重庆市商务委', 1], ['永川区商务委', 2]],
      [['四川省商务厅', 1], ['泸州市商务局', 2]],
      [['重庆市商务委', '四川省商务厅'], ['永川区商务委', '泸州市商务局']],
      [],
    ],
    // A district with no peer pairs with the province's unit, which has a peer in 重庆市商务委: it is that unit's
    // peer that decides, so the district unit is alone.
    ['a district unit beside its municipality', [['重庆市商务委', 1], ['永川区商务委', 2]], [['四川省商务厅', 1]], [['重庆市商务委', '四川省商务厅']], ['永川区商务委']],
  ] as const)('pairs peers first on a line: %s', (_case, a, b, pairs, unpaired) => {
    const tiered = (list: readonly (readonly [string, number])[]): PairingUnit[] => list.map(([name, tier], i) => ({ unit: name, position: i, line: 'commerce', tier }));
    const r = pairCounterparts('k', tiered(a), tiered(b));
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual(pairs);
    expect(r.unpaired.map((x) => x.unit)).toEqual(unpaired);
  });

  it('does not pair by position a unit left to its peers on its own line', () => {
    const a: PairingUnit[] = [
      { unit: '重庆市商务委', position: 0, line: 'commerce', tier: 1 },
      { unit: '重庆市财政局', position: 1, line: 'finance', tier: 1 },
    ];
    const b: PairingUnit[] = [
      { unit: '四川省商务厅', position: 0, line: 'commerce', tier: 1 },
      { unit: '泸州市商务局', position: 1, line: 'commerce', tier: 2 },
    ];
    const r = pairCounterparts('k', a, b);
    expect(r.pairs.map((p) => [p.a, p.b, p.basis])).toEqual([['重庆市商务委', '四川省商务厅', 'FUNCTIONAL_LINE']]);
    expect(r.unpaired.map((x) => x.unit)).toEqual(['重庆市财政局', '泸州市商务局']);
  });

  it.each([
    ['NATIONAL', undefined, 0],
    ['REGION', undefined, 0],
    ['PROVINCE', undefined, 1],
    ['MUNICIPALITY', undefined, 1],
    ['CITY', 'PROVINCE', 2],
    ['DISTRICT', 'MUNICIPALITY', 2],
    ['COUNTY', 'MUNICIPALITY', 2],
    ['DISTRICT', 'CITY', 3],
    ['COUNTY', 'CITY', 3],
  ] as const)('puts a %s under %s at tier %i', (level, parent, tier) => {
    expect(administrativeTier(level, parent)).toBe(tier);
  });

  it('pairs by position only units of one kind: a city government is no port company\'s counterpart', () => {
    const gov = { ...u('泸州市人民政府', 0, 'government'), kind: 'GOVERNMENT' };
    const company = { ...u('重庆港务物流集团', 0, null), kind: 'STATE_OWNED_ENTERPRISE' };
    const office = { ...u('重庆市机关事务局', 0, null), kind: 'LOCAL_GOVERNMENT_DEPARTMENT' };
    const other = { ...u('四川省机关事务管理局', 0, null), kind: 'LOCAL_GOVERNMENT_DEPARTMENT' };
    expect(pairCounterparts('k', [company], [gov])).toEqual({ pairs: [], unpaired: [{ itemKey: 'k', unit: '重庆港务物流集团' }, { itemKey: 'k', unit: '泸州市人民政府' }] });
    expect(pairCounterparts('k', [office], [other]).pairs).toEqual([{ itemKey: 'k', a: '重庆市机关事务局', b: '四川省机关事务管理局', basis: 'POSITION' }]);
  });

  it('does not pair by position two units whose lines are both known and differ', () => {
    // （责任单位：人行四川省分行、市委金融办、国家外汇管理局四川省分局、重庆金融监管局）: the foreign-exchange office and the
    // banking regulator stand at one position of their groups but do different jobs.
    const r = pairCounterparts('k', [u('国家外汇管理局四川省分局', 1, 'foreign_exchange')], [u('重庆金融监管局', 1, 'banking_regulation')]);
    expect(r.pairs).toEqual([]);
    expect(r.unpaired.map((x) => x.unit)).toEqual(['国家外汇管理局四川省分局', '重庆金融监管局']);
  });

  it('pairs units of one kind first on a line, as it pairs peers of one tier first: not each with each', () => {
    const k = (unit: string, position: number, line: string, kind: string): PairingUnit => ({ ...u(unit, position, line), tier: 1, kind });
    const r = pairCounterparts(
      'k',
      [k('重庆市委金融办', 0, 'local_finance', 'PARTY_ORGAN'), k('重庆市地方金融管理局', 1, 'local_finance', 'LOCAL_GOVERNMENT_DEPARTMENT')],
      [k('四川省委金融办', 0, 'local_finance', 'PARTY_ORGAN'), k('四川省地方金融管理局', 1, 'local_finance', 'LOCAL_GOVERNMENT_DEPARTMENT')],
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      ['重庆市委金融办', '四川省委金融办'],
      ['重庆市地方金融管理局', '四川省地方金融管理局'],
    ]);
    // With no unit of its kind on the other side, a unit pairs with the others of its line as before.
    const alone = pairCounterparts('k', [k('重庆市数据局', 0, 'big_data', 'LOCAL_GOVERNMENT_DEPARTMENT')], [k('四川省大数据中心', 0, 'big_data', 'PUBLIC_INSTITUTION')]);
    expect(alone.pairs.map((p) => [p.a, p.b])).toEqual([['重庆市数据局', '四川省大数据中心']]);
    // A unit of another kind beside a matching pair is left alone rather than paired with both.
    const third = pairCounterparts(
      'k',
      [k('重庆市数据局', 0, 'big_data', 'LOCAL_GOVERNMENT_DEPARTMENT')],
      [k('四川省数据局', 0, 'big_data', 'LOCAL_GOVERNMENT_DEPARTMENT'), k('四川省大数据中心', 1, 'big_data', 'PUBLIC_INSTITUTION')],
    );
    expect(third.pairs.map((p) => [p.a, p.b])).toEqual([['重庆市数据局', '四川省数据局']]);
    expect(third.unpaired.map((x) => x.unit)).toEqual(['四川省大数据中心']);
  });

  it('never pairs or reports generic entries', () => {
    const r = pairCounterparts('k', [u('重庆市级有关部门', 0, null, true)], [u('四川省级有关部门', 0, null, true)]);
    expect(r).toEqual({ pairs: [], unpaired: [] });
  });
});

describe('counterparts in resolveUnits', () => {
  it('reads 市X as 重庆\'s in the list of a plan 四川 leads, as 省X is 四川\'s in 重庆\'s list, and pairs it', () => {
    // A 川渝 plan issued by 四川 (川办发…), its lists 四川 first: （牵头单位：省政府口岸物流办、市政府口岸物流办；…）.
    const doc = buildDoc({
      jurisdictions: [SICHUAN, CHONGQING],
      items: [
        { section: '二', number: '（一）', role: 'LEAD', lists: ['省政府口岸物流办、市政府口岸物流办'] },
        { section: '二', number: '（二）', lists: ['省商务厅、市商务委、市级有关部门、市（州）商务主管部门'] },
      ],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit, x.jurisdiction])).toEqual([
      ['省政府口岸物流办', '四川省政府口岸物流办', '四川省'],
      ['市政府口岸物流办', '重庆市政府口岸物流办', '重庆市'],
      ['省商务厅', '四川省商务厅', '四川省'],
      ['市商务委', '重庆市商务委', '重庆市'],
      // Generic entries are the list's: a province's 市（州） are its own cities.
      ['市级有关部门', '四川省市级有关部门', '四川省'],
      ['市（州）商务主管部门', '四川省市（州）商务主管部门', '四川省'],
    ]);
    expect(r.counterparts.map((p) => `${p.a}↔${p.b}:${p.basis}`)).toEqual([
      '四川省政府口岸物流办↔重庆市政府口岸物流办:FUNCTIONAL_LINE',
      '四川省商务厅↔重庆市商务委:FUNCTIONAL_LINE',
    ]);
    expect(r.units.map((x) => x.name)).not.toContain('四川省市政府口岸物流办');
  });

  it('pairs parallel lists of neighbouring places place by place on a line (遂潼, 内荣, 泸永江), not each with each', () => {
    const doc = buildDoc({
      jurisdictions: [SICHUAN, CHONGQING],
      items: [
        { section: '一', number: '（一）', lists: ['遂宁市、内江市、泸州市医疗保障局', '潼南区、荣昌区、永川区、江津区医疗保障局'] },
        // 广安 works with 渝北 (高竹), 达州 with 万州 (万达开), 遂宁 with 潼南.
        { section: '一', number: '（二）', lists: ['广安市、达州市、遂宁市税务局', '渝北区、万州区、潼南区税务局'] },
        // Places that are no neighbours of each other keep pairing each with each on the line.
        { section: '一', number: '（三）', lists: ['宜宾市、自贡市商务局', '永川区、荣昌区商务委'] },
      ],
    });
    const pairs = resolveUnits(doc).counterparts.map((p) => `${p.itemKey} ${p.a}↔${p.b}`);
    expect(pairs).toEqual([
      '一/（一） 遂宁市医保局↔潼南区医保局',
      '一/（一） 内江市医保局↔荣昌区医保局',
      '一/（一） 泸州市医保局↔永川区医保局',
      '一/（一） 泸州市医保局↔江津区医保局',
      '一/（二） 广安市税务局↔渝北区税务局',
      '一/（二） 达州市税务局↔万州区税务局',
      '一/（二） 遂宁市税务局↔潼南区税务局',
      '一/（三） 宜宾市商务局↔永川区商务委',
      '一/（三） 宜宾市商务局↔荣昌区商务委',
      '一/（三） 自贡市商务局↔永川区商务委',
      '一/（三） 自贡市商务局↔荣昌区商务委',
    ]);
  });

  it('reads 省厅X and 市局X in a notice of the two police departments as their divisions, on their line, paired', () => {
    const doc = buildDoc({
      jurisdictions: [SICHUAN, CHONGQING],
      issuers: ['四川省公安厅', '重庆市公安局'],
      items: [
        { section: '一', number: '（一）', lists: ['省厅治安总队', '市局治安总队'] },
        { section: '一', number: '（二）', lists: ['省公安厅治安总队、交警总队', '市公安局治安总队、交巡警总队'] },
      ],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => `${x.asWritten}=${x.unit}`)).toEqual([
      '省厅治安总队=四川省公安厅治安总队',
      '市局治安总队=重庆市公安局治安总队',
      '省公安厅治安总队=四川省公安厅治安总队',
      '交警总队=四川省公安厅交警总队',
      '市公安局治安总队=重庆市公安局治安总队',
      '交巡警总队=重庆市公安局交巡警总队',
    ]);
    expect(r.counterparts.map((p) => `${p.itemKey} ${p.a}↔${p.b}`)).toEqual([
      '一/（一） 四川省公安厅治安总队↔重庆市公安局治安总队',
      '一/（二） 四川省公安厅治安总队↔重庆市公安局治安总队',
      '一/（二） 四川省公安厅交警总队↔重庆市公安局交巡警总队',
    ]);
    const unit = (name: string) => r.units.find((x) => x.name === name);
    expect([unit('四川省公安厅交警总队')?.functionalLine, unit('重庆市公安局治安总队')?.parent]).toEqual(['public_security', '重庆市公安局']);
    expect(r.warnings).toEqual([]);
  });

  it("pairs a body with a second plate on the plate's line where the other side names only that line's unit", () => {
    const doc = (lists: string[]) => pairsOf([CHONGQING, SICHUAN], lists);
    expect(doc(['市知识产权局', '省市场监管局（省知识产权局）']).map((p) => `${p.a}↔${p.b} ${p.basis} ${p.line}`)).toEqual([
      '重庆市知识产权局↔四川省市场监管局 FUNCTIONAL_LINE intellectual_property',
    ]);
    // Where the other side names a unit of the body's own line, the body pairs on its own line.
    expect(doc(['市市场监管局、市知识产权局', '省市场监管局（省知识产权局）']).map((p) => `${p.a}↔${p.b}`)).toEqual(['重庆市市场监管局↔四川省市场监管局']);
  });

  it("pairs a park's own offices by the park's kind, as the parks' committees pair (天府新区 with 两江新区, 高新区 with 高新区)", () => {
    const doc = buildDoc({
      jurisdictions: [SICHUAN, CHONGQING],
      items: [{ section: '一', number: '（一）', lists: ['四川天府新区公安局、成都高新区公安局', '两江新区公安分局、重庆高新区公安分局'] }],
    });
    expect(resolveUnits(doc).counterparts.map((p) => `${p.a}↔${p.b}`)).toEqual(['四川天府新区公安局↔两江新区公安分局', '成都高新区公安局↔重庆高新区公安分局']);
 
    // With no park office of its kind on the other side, a park's office pairs by the tier of its place.
    const alone = (lists: string[]) => pairsOf([CHONGQING, SICHUAN], lists).map((p) => `${p.a}↔${p.b}`);
    expect(alone(['两江新区公安分局', '省公安厅、成都市公安局'])).toEqual(['两江新区公安分局↔四川省公安厅']);
  });

  it("reads 两地人民银行、外汇局 as each side's offices of the plan's day, paired", () => {
    const lists = ['两地人民银行、外汇局'];
    const of = (signedOn: string) => pairsOf([SICHUAN, CHONGQING], lists, signedOn).map((p) => `${p.a}↔${p.b}`);
    expect(of('2024-03-15')).toEqual(['人行四川省分行↔人行重庆市分行', '国家外汇管理局四川省分局↔国家外汇管理局重庆市分局']);
    expect(of('2023-03-15')).toEqual(['人行成都分行↔人行重庆营管部', '国家外汇管理局四川省分局↔国家外汇管理局重庆外汇管理部']);
  });

  it('pairs the bodies of no line by the office their names share, in lists ordered differently (a 人社 plan)', () => {
    const doc = buildDoc({
      jurisdictions: [SICHUAN, CHONGQING],
      items: [
        { section: '一', number: '（一）', lists: ['省社保局、省就业局', '市就业服务管理局、市社保局'] },
        { section: '一', number: '（二）', lists: ['省劳动保障监察总队、省劳动人事争议仲裁院', '市劳动人事争议仲裁院、市劳动保障监察总队'] },
      ],
    });
    expect(resolveUnits(doc).counterparts.map((p) => [p.itemKey, p.a, p.b, p.basis])).toEqual([
      ['一/（一）', '四川省社保局', '重庆市社保局', 'SAME_OFFICE'],
      ['一/（二）', '四川省劳动保障监察总队', '重庆市劳动保障监察总队', 'SAME_OFFICE'],
      ['一/（二）', '四川省劳动人事争议仲裁院', '重庆市劳动人事争议仲裁院', 'SAME_OFFICE'],
    ]);
  });

  it('pairs by position units whose line the table does not know', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['重庆市商务委、市机关事务局', '四川省商务厅、省机关事务管理局'] }],
    });
    const r = resolveUnits(doc);
    expect(r.counterparts).toEqual([
      { itemKey: '二/（一）', a: '重庆市商务委', b: '四川省商务厅', basis: 'FUNCTIONAL_LINE', line: 'commerce' },
      { itemKey: '二/（一）', a: '重庆市机关事务局', b: '四川省机关事务管理局', basis: 'POSITION' },
    ]);
    // Each unknown unit is reported once, on the line of the list it stands in.
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, '重庆市机关事务局: no functional line matches; add a pattern to data/functional-lines.json'],
      [2, '四川省机关事务管理局: no functional line matches; add a pattern to data/functional-lines.json'],
    ]);
  });

  it('pairs across the provincial line only in a plan of three places (万州区, 达州市, 开州区), and each with each in one province', () => {
    const wanzhou = { name: '万州区', level: 'DISTRICT', parent: '重庆市' } as const;
    const dazhou = { name: '达州市', level: 'CITY', parent: '四川省' } as const;
    const kaizhou = { name: '开州区', level: 'DISTRICT', parent: '重庆市' } as const;
    const three = buildDoc({ jurisdictions: [wanzhou, dazhou, kaizhou], items: [{ section: '二', number: '（一）', lists: ['区商务委', '市商务局', '区商务委'] }] });
    expect(resolveUnits(three).counterparts.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['万州区商务委', '达州市商务局', 'FUNCTIONAL_LINE'],
      ['达州市商务局', '开州区商务委', 'FUNCTIONAL_LINE'],
    ]);
    // A municipal unit in 达州's list stands on the 重庆 side; a unit both 重庆 lists name pairs once with its partner.
    const shared = buildDoc({
      jurisdictions: [wanzhou, dazhou, kaizhou],
      items: [{ section: '二', number: '（一）', lists: ['重庆海关', '成都海关、重庆市商务委', '重庆海关、区商务委'] }],
    });
    const r = resolveUnits(shared);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([
      ['重庆海关', '万州区'],
      ['成都海关', '达州市'],
      ['重庆市商务委', '万州区'],
      ['重庆海关', '开州区'],
      ['开州区商务委', '开州区'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([['重庆海关', '成都海关']]);
    // Two 重庆 districts alone: each is the other's partner on the task.
    const two = buildDoc({ jurisdictions: [wanzhou, kaizhou], items: [{ section: '二', number: '（一）', lists: ['区商务委', '区商务委'] }] });
    expect(resolveUnits(two).counterparts.map((p) => [p.a, p.b])).toEqual([['万州区商务委', '开州区商务委']]);
  });

  it('reads 区X in 遂宁市\'s list of a 遂宁–潼南 plan as 潼南\'s, gives 重庆海关 to 潼南\'s side, and pairs them', () => {
    const suining = { name: '遂宁市', level: 'CITY', parent: '四川省' } as const;
    const tongnan = { name: '潼南区', level: 'DISTRICT', parent: '重庆市' } as const;
    const doc = buildDoc({ jurisdictions: [suining, tongnan], items: [{ section: '二', number: '（一）', lists: ['市发展改革委、区发展改革委、遂宁海关、重庆海关'] }] });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit, x.jurisdiction])).toEqual([
      ['市发展改革委', '遂宁市发展改革委', '遂宁市'],
      ['区发展改革委', '潼南区发展改革委', '潼南区'],
      ['遂宁海关', '遂宁海关', '遂宁市'],
      ['重庆海关', '重庆海关', '潼南区'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['遂宁市发展改革委', '潼南区发展改革委', 'FUNCTIONAL_LINE'],
      ['遂宁海关', '重庆海关', 'FUNCTIONAL_LINE'],
    ]);
    // A name that only begins with 区 (区域合作中心) is 遂宁's own.
    const region = buildDoc({ jurisdictions: [suining, tongnan], items: [{ section: '二', number: '（一）', lists: ['区域合作中心'] }] });
    expect(resolveUnits(region).responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([['遂宁市区域合作中心', '遂宁市']]);
    // 市X in 潼南's own list stays 重庆's: 市 fits the municipality 潼南 lies in.
    const own = buildDoc({ jurisdictions: [suining, tongnan], items: [{ section: '二', number: '（一）', lists: ['市商务局', '市商务委、区商务委'] }] });
    expect(resolveUnits(own).responsibilities.map((x) => x.unit)).toEqual(['遂宁市商务局', '重庆市商务委', '潼南区商务委']);
  });

  it('reads a central department named beside local units as the country\'s, one node, partner to none', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['海关总署、重庆海关、商务部', '成都海关、海关总署'] }],
    });
    const r = resolveUnits(doc);
    expect(r.units.filter((u) => u.kind === 'CENTRAL_DEPARTMENT').map((u) => [u.name, u.jurisdiction, u.functionalLine])).toEqual([
      ['海关总署', '中国', 'customs'],
      ['商务部', '中国', 'commerce'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([['重庆海关', '成都海关']]);
  });

  it('links a county department to the city unit of its line the document names, not to a name built from its own (德阳市发展改革委, not 德阳市发展改革局)', () => {
    const zhongjiang = { name: '中江县', level: 'COUNTY' as const, parent: '德阳市' };
    const unitsOf = (lists: string[]) => resolveUnits(buildDoc({ jurisdictions: [zhongjiang], items: [{ section: '二', number: '（一）', lists }] })).units;
    const named = unitsOf(['县发展改革局、德阳市发展改革委、县经济信息化和科技局、德阳市科技局']);
    expect(named.filter((u) => u.jurisdiction === '中江县').map((u) => [u.name, u.parent])).toEqual([
      ['中江县发展改革局', '德阳市发展改革委'],
      ['中江县经济信息化和科技局', '德阳市科技局'],
    ]);
    // A unit of another kind on the line (a centre) is no department's parent.
    expect(unitsOf(['县大数据局、德阳市大数据中心']).find((u) => u.name === '中江县大数据局')?.parent).not.toBe('德阳市大数据中心');
    // With none named, the name built from the child's stays (the data file knows no head of 德阳's line).
    expect(unitsOf(['县发展改革局']).find((u) => u.name === '中江县发展改革局')?.parent).toBe('德阳市发展改革局');
  });

  it('reads the bodies of an area both provinces run (川渝高竹新区) as the area\'s, partner to none, and its short forms in a plan about it', () => {
    const guangan = { name: '广安市', level: 'CITY' as const, parent: '四川省' };
    const yubei = { name: '渝北区', level: 'DISTRICT' as const, parent: '重庆市' };
    const doc = buildDoc({
      jurisdictions: [guangan, yubei],
      items: [
        { section: '二', number: '（一）', lists: ['新区经济发展局、广安市商务局', '渝北区商务委、新区经济发展局'] },
        { section: '二', number: '（二）', lists: ['川渝高竹新区税务局、新区自然资源局、广安市自然资源和规划局', '渝北区规划自然资源局'] },
      ],
    });
    const about = { ...doc, title: '关于印发川渝高竹新区开放型经济高质量发展实施方案的通知' };
    const r = resolveUnits(about);
    const area = r.units.filter((u) => u.jurisdiction === '川渝高竹新区').map((u) => [u.name, u.functionalLine, u.parent ?? null]);
    // One node for the body both lists name, no province's office above the area's tax office.
    expect(area).toEqual([
      ['川渝高竹新区经济发展局', null, null],
      ['川渝高竹新区税务局', 'taxation', null],
      ['川渝高竹新区自然资源局', 'natural_resources', null],
    ]);
    expect(r.units.find((u) => u.name === '川渝高竹新区经济发展局')?.aliases).toContain('新区经济发展局');
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([
      ['广安市商务局', '渝北区商务委'],
      ['广安市自然资源和规划局', '渝北区规划自然资源局'],
    ]);
    // In a plan that is not about the area, 新区X stays the list's place's (no area is named).
    expect(resolveUnits(doc).units.map((u) => u.name)).toContain('广安市新区经济发展局');
    // Nor is a plan another 新区 issues that names the area in its title (两江新区协同川渝高竹新区发展…).
    const other = { ...about, issuers: ['重庆两江新区管理委员会办公室'] };
    expect(resolveUnits(other).units.map((u) => u.name)).not.toContain('川渝高竹新区经济发展局');
    // Its generic entries stay generic; its tax office written in full and its 管理委员会 are one node each with the short forms.
    const forms = resolveUnits({
      ...buildDoc({
        jurisdictions: [guangan, yubei],
        items: [
          { section: '二', number: '（一）', lists: ['国家税务总局川渝高竹新区税务局、川渝高竹新区管理委员会、新区有关部门', '渝北区税务局'] },
          { section: '二', number: '（二）', lists: ['新区税务局、新区管委会', '渝北区商务委'] },
        ],
      }),
      title: '关于印发川渝高竹新区开放型经济高质量发展实施方案的通知',
    });
    expect(forms.units.filter((u) => u.jurisdiction === '川渝高竹新区').map((u) => u.name)).toEqual(['川渝高竹新区税务局', '川渝高竹新区管委会']);
    expect(forms.units.find((u) => u.name.endsWith('新区有关部门'))?.kind).toBe('GENERIC');
  });

  it('puts a unit of the other province named in a plan of one (重庆海关 in a 四川 plan) on its own side, and pairs it', () => {
    const doc = buildDoc({
      jurisdictions: [SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['成都海关、重庆海关、省商务厅、重庆市商务委'] }],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([
      ['成都海关', '四川省'],
      ['重庆海关', '重庆市'],
      ['四川省商务厅', '四川省'],
      ['重庆市商务委', '重庆市'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([
      ['成都海关', '重庆海关'],
      ['四川省商务厅', '重庆市商务委'],
    ]);
    // Units of the other province never pair with each other for being named in a city's plan (永川 and 江津 in a 宜宾 plan).
    const yibin = { name: '宜宾市', level: 'CITY' as const, parent: '四川省' };
    const city = resolveUnits(
      buildDoc({ jurisdictions: [yibin], items: [{ section: '二', number: '（一）', lists: ['永川区市场监管局、江津区市场监管局'], role: 'SUPPORTING' }] }),
    );
    expect(city.responsibilities.map((x) => x.jurisdiction)).toEqual(['重庆市', '重庆市']);
    expect(city.counterparts).toEqual([]);
    // The plan's own cities stay on the plan's side: no pair within one province.
    const own = resolveUnits(buildDoc({ jurisdictions: [SICHUAN], items: [{ section: '二', number: '（一）', lists: ['省商务厅、泸州市商务局'] }] }));
    expect(own.counterparts).toEqual([]);
  });

  it('reads a notice the area issues as the area\'s, each unit of its lists on its own side, paired across the line', () => {
    const doc = buildDoc({
      jurisdictions: [{ name: '川渝高竹新区', level: 'REGION' }],
      issuers: ['川渝高竹新区党政办公室'],
      items: [{ section: '二', number: '（一）', lists: ['新区经济发展局、广安市商务局、渝北区商务委'] }],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([
      ['川渝高竹新区经济发展局', '川渝高竹新区'],
      ['广安市商务局', '广安市'],
      ['渝北区商务委', '渝北区'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([['广安市商务局', '渝北区商务委']]);
  });

  it('reads a bare 联合办公室 in a notice the joint office issues as that office', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      issuers: ['推动成渝地区双城经济圈建设联合办公室'],
      items: [{ section: '二', number: '（一）', lists: ['联合办公室、市发展改革委', '省发展改革委'] }],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])[0]).toEqual(['推动成渝地区双城经济圈建设联合办公室', '川渝']);
    expect(r.units.find((u) => u.name === '推动成渝地区双城经济圈建设联合办公室')?.aliases).toContain('联合办公室');
  });

  it('reads a body both provinces run (…联合办公室, 川渝…领导小组) as theirs together, named as written, partner to none', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [
        // A third ；-segment that names the joint office: the parser gives it the last side's place.
        { section: '二', number: '（一）', lists: ['市商务委', '省商务厅', '川渝自贸试验区协同开放示范区建设联合办公室'] },
        { section: '二', number: '（二）', lists: ['推动成渝地区双城经济圈建设联合办公室、市发展改革委', '省发展改革委、川渝合作示范区建设工作领导小组'] },
        // A side's own office keeps its side: the name opens with its place.
        { section: '二', number: '（三）', lists: ['重庆市川渝合作联合办公室、市商务委', '省商务厅'] },
      ],
      listJurisdictions: ['重庆市', '四川省', '四川省'],
    });
    const r = resolveUnits(doc);
    const joint = r.units.filter((x) => x.jurisdiction === '川渝').map((x) => [x.name, x.kind]);
    expect(joint).toEqual([
      ['川渝自贸试验区协同开放示范区建设联合办公室', 'OFFICE'],
      ['推动成渝地区双城经济圈建设联合办公室', 'OFFICE'],
      ['川渝合作示范区建设工作领导小组', 'OFFICE'],
    ]);
    expect(r.units.map((x) => x.name)).not.toContain('四川省川渝自贸试验区协同开放示范区建设联合办公室');
    expect(r.units.find((x) => x.name === '重庆市川渝合作联合办公室')?.jurisdiction).toBe('重庆市');
    // Their responsibilities are both sides', whichever list names them.
    expect(r.responsibilities.filter((x) => x.unit.includes('联合办公室')).map((x) => [x.itemKey, x.jurisdiction])).toEqual([
      ['二/（一）', '川渝'],
      ['二/（二）', '川渝'],
      ['二/（三）', '重庆市'],
    ]);
    expect(r.counterparts.map((p) => [p.itemKey, p.a, p.b])).toEqual([
      ['二/（一）', '重庆市商务委', '四川省商务厅'],
      ['二/（二）', '重庆市发展改革委', '四川省发展改革委'],
      ['二/（三）', '重庆市商务委', '四川省商务厅'],
    ]);
    expect(r.unpaired.filter((x) => !x.unit.startsWith('重庆市川渝'))).toEqual([]);
  });

  it('reads a list that names a 四川 city (成都市商务局、市投资促进局) as 四川\'s, its 市X as the city\'s, whichever list comes first', () => {
    for (const lists of [
      ['成都市商务局、市投资促进局', '市商务委、市招商投资局'],
      ['市商务委、市招商投资局', '成都市商务局、市投资促进局'],
    ]) {
      const r = resolveUnits(buildDoc({ jurisdictions: [CHONGQING, SICHUAN], items: [{ section: '二', number: '（一）', lists }] }));
      expect(r.counterparts.map((p) => [p.a, p.b].sort().join('↔')).sort()).toEqual(['成都市商务局↔重庆市商务委', '成都市投资促进局↔重庆市招商投资局']);
    }
  });

  it('pairs courts by their level in the judiciary, not by their place\'s (中院 with 中院, a district\'s court with a county\'s)', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['重庆市第一中级人民法院、永川区人民法院', '泸州市中级人民法院、泸县人民法院'] }],
    });
    const r = resolveUnits(doc);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([
      ['重庆市第一中级人民法院', '泸州市中级人民法院'],
      ['永川区法院', '泸县法院'],
    ]);
    // A basic court in the municipality's own jurisdiction (重庆自由贸易试验区人民法院, 两江新区法院) is a basic court.
    const basic = resolveUnits(
      buildDoc({
        jurisdictions: [CHONGQING, SICHUAN],
        items: [
          { section: '二', number: '（一）', lists: ['市高法院、两江新区法院', '省法院、四川天府新区成都片区人民法院'] },
          { section: '二', number: '（二）', lists: ['市高法院、重庆自由贸易试验区人民法院', '省法院、成都市中级人民法院'] },
        ],
      }),
    );
    expect(basic.counterparts.map((p) => [p.itemKey.slice(-4), p.a, p.b])).toEqual([
      ['/（一）', '重庆市高法院', '四川省法院'],
      ['/（一）', '两江新区法院', '四川天府新区成都片区法院'],
      ['/（二）', '重庆市高法院', '四川省法院'],
      // Neither has a peer of its level: they pair as units of different tiers do.
      ['/（二）', '重庆自由贸易试验区法院', '成都市中级人民法院'],
    ]);
    // An intermediate court seated with the high court reports to it.
    expect(r.units.find((x) => x.name === '重庆市第一中级人民法院')?.parent).toBe('重庆市高法院');
    expect(r.units.find((x) => x.name === '泸县法院')?.parent).toBe('泸州市中级人民法院');
  });

  it('reads a place named alone as its government, and two provinces before one unit name as sharing it', () => {
    const luyongjiang = [
      { name: '泸州市', level: 'CITY' as const, parent: '四川省' },
      { name: '永川区', level: 'DISTRICT' as const, parent: '重庆市' },
      { name: '江津区', level: 'DISTRICT' as const, parent: '重庆市' },
    ];
    const places = resolveUnits(buildDoc({ jurisdictions: luyongjiang, items: [{ section: '二', number: '（一）', lists: ['泸州市、永川区、江津区'], role: 'SUPPORTING' }], listJurisdictions: ['泸州市'] }));
    expect(places.responsibilities.map((x) => x.unit)).toEqual(['泸州市政府', '永川区政府', '江津区政府']);
    expect(places.units.map((u) => [u.name, u.kind])).toEqual([
      ['泸州市政府', 'GOVERNMENT'],
      ['永川区政府', 'GOVERNMENT'],
      ['江津区政府', 'GOVERNMENT'],
    ]);
    // Across the provincial line only: 永川 and 江津 do not pair with each other.
    expect(places.counterparts.map((p) => [p.a, p.b])).toEqual([
      ['泸州市政府', '永川区政府'],
      ['泸州市政府', '江津区政府'],
    ]);
    const shared = resolveUnits(buildDoc({ jurisdictions: [CHONGQING, SICHUAN], items: [{ section: '二', number: '（一）', lists: ['重庆市、四川省市场监管局'] }] }));
    expect(shared.counterparts.map((p) => [p.a, p.b])).toEqual([['重庆市市场监管局', '四川省市场监管局']]);
  });

  it('places 两江新区管委会 in 重庆 whichever list names it, and pairs it with 四川天府新区管委会 named beside it', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['两江新区管委会、四川天府新区管委会'] }],
      listJurisdictions: ['四川省'],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([
      ['两江新区管委会', '重庆市'],
      ['四川天府新区管委会', '四川省'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b])).toEqual([['两江新区管委会', '四川天府新区管委会']]);
  });

  it('pairs lead units with lead units only', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（一）', lists: ['重庆市商务委', '四川省商务厅'], role: 'LEAD' }],
    });
    expect(resolveUnits(doc).counterparts.map((p) => [p.a, p.b])).toEqual([['重庆市商务委', '四川省商务厅']]);
  });

  it('does not pair two lists of the same jurisdiction', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING],
      listJurisdictions: ['重庆市', '重庆市'],
      items: [{ section: '二', number: '（一）', lists: ['重庆市商务委', '市公安局'] }],
    });
    expect(resolveUnits(doc)).toMatchObject({ counterparts: [], unpaired: [] });
  });

  it('pairs the city units of a joint list with their peers, not with the other province’s unit (市商务委、永川区商务委；省商务厅、泸州市商务局、成都市商务局)', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（四）', lists: ['市商务委、永川区商务委', '省商务厅、泸州市商务局、成都市商务局'] }],
    });
    const r = resolveUnits(doc);
    expect(r.counterparts.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['重庆市商务委', '四川省商务厅', 'FUNCTIONAL_LINE'],
      ['永川区商务委', '泸州市商务局', 'FUNCTIONAL_LINE'],
      ['永川区商务委', '成都市商务局', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('pairs the two provinces within one list when the units are named in full (责任单位：重庆市商务委、四川省商务厅)', () => {
    const doc = buildDoc({
      jurisdictions: [CHONGQING, SICHUAN],
      items: [{ section: '二', number: '（四）', lists: ['重庆市发展改革委、四川省发展改革委、重庆市商务委、四川省商务厅'] }],
    });
    const r = resolveUnits(doc);
    expect(r.responsibilities.map((x) => [x.unit, x.jurisdiction])).toEqual([
      ['重庆市发展改革委', '重庆市'],
      ['四川省发展改革委', '四川省'],
      ['重庆市商务委', '重庆市'],
      ['四川省商务厅', '四川省'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['重庆市发展改革委', '四川省发展改革委', 'FUNCTIONAL_LINE'],
      ['重庆市商务委', '四川省商务厅', 'FUNCTIONAL_LINE'],
    ]);
  });
});
