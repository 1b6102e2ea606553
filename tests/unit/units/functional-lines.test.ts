import rawTable from '../../../data/functional-lines.json';
import { checkHeads, carriedJurisdiction, checkRenames, classifyUnit, defaultLineTable, isGenericUnit, loadLineTable, matchLine, nameAsOf, parentLink, type Jurisdiction } from '../../../src/ingestion/units';
import { AppError, ErrorCode } from '../../../src/errors';

const CONFIG_INVALID_RE = /functional-lines table is invalid/;

describe('data/functional-lines.json', () => {
  it('loads and validates', () => {
    const table = defaultLineTable();
    expect(table.lineByKey.size).toBe(table.lines.length);
    expect(table.jurisdictionByName.get('重庆市永川区')?.name).toBe('永川区');
  });

  it('covers the lines the documents need', () => {
    const keys = defaultLineTable().lines.map((l) => l.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'customs', 'commerce', 'taxation', 'local_finance', 'central_bank', 'banking_regulation', 'securities_regulation',
        'courts', 'justice', 'market_regulation', 'intellectual_property', 'science_technology', 'industry_it',
        'development_reform', 'big_data', 'transport', 'port_logistics', 'post', 'telecoms', 'civil_aviation', 'railway',
        'public_security', 'human_resources', 'housing_construction', 'natural_resources', 'drug_regulation',
        'foreign_cooperation', 'park_authority', 'bonded_zone', 'government',
      ]),
    );
  });

  it('marks the centrally managed lines as vertical', () => {
    const vertical = defaultLineTable()
      .lines.filter((l) => l.vertical)
      .map((l) => l.key)
      .sort();
    expect(vertical).toEqual(
      [
        'banking_regulation',
        'border_inspection',
        'central_bank',
        'civil_aviation',
        'customs',
        'foreign_exchange',
        'maritime',
        'post',
        'railway',
        'railway_police',
        'securities_regulation',
        'statistics_survey',
        'taxation',
        'telecoms',
      ].sort(),
    );
  });

  it('has heads that resolve to themselves on their own line', () => {
    expect(checkHeads()).toEqual([]);
  });

  it.each([
    ['重庆海关', 'customs'],
    ['永川海关', 'customs'],
    ['重庆海事局', 'maritime'],
    ['重庆出入境边防检查总站', 'border_inspection'],
    ['重庆江北机场边检站', 'border_inspection'],
    ['重庆市贸促会', 'trade_promotion'],
    ['中铁成都局集团公司泸州车务段', 'railway'],
    ['重庆市政府口岸物流办', 'port_logistics'],
    ['四川省政府口岸物流办', 'port_logistics'],
    ['人行重庆营管部', 'central_bank'],
    ['人行永川中心支行', 'central_bank'],
    ['中国人民银行成都分行', 'central_bank'],
    // 外汇局 shares the central bank's offices but is paired 外汇局 with 外汇局.
    ['国家外汇管理局重庆外汇管理部', 'foreign_exchange'],
    ['国家外汇管理局四川省分局', 'foreign_exchange'],
    ['人行重庆市分行', 'central_bank'],
    // Names of the 2023–2024 reforms and forms later plans use.
    ['市数据局', 'big_data'],
    ['四川省数据局', 'big_data'],
    ['宜宾中院', 'courts'],
    ['中国证监会四川监管局', 'securities_regulation'],
    ['区政务服务管理办', 'government_services'],
    ['重庆江津综合保税区管理委员会', 'bonded_zone'],
    ['市委金融办', 'local_finance'],
    ['市地方金融管理局', 'local_finance'],
    ['重庆银保监局', 'banking_regulation'],
    ['永川银保监分局', 'banking_regulation'],
    ['四川证监局', 'securities_regulation'],
    ['民航重庆监管局', 'civil_aviation'],
    ['市邮政管理局', 'post'],
    ['市通信管理局', 'telecoms'],
    ['区税务局', 'taxation'],
    ['重庆铁路办事处', 'railway'],
    ['中铁成都局集团公司', 'railway'],
    ['市高法院', 'courts'],
    ['省法院', 'courts'],
    ['区法院', 'courts'],
    ['市司法局', 'justice'],
    ['省司法厅', 'justice'],
    ['市药监局', 'drug_regulation'],
    ['市市场监管局', 'market_regulation'],
    ['重庆市金融监管局', 'local_finance'],
    ['四川省地方金融监管局', 'local_finance'],
    // The 2024 reform's name for the local offices.
    ['四川省地方金融管理局', 'local_finance'],
    ['市地方金融管理局', 'local_finance'],
    ['区金融办', 'local_finance'],
    ['成都市政务服务管理局', 'government_services'],
    ['县政务办', 'government_services'],
    ['县农业农村委', 'agriculture'],
    ['省农业农村厅', 'agriculture'],
    ['四川省港航事务中心', 'transport'],
    // The 四川 cities' name for it (重庆 writes 规划自然资源局).
    ['宜宾市自然资源和规划局', 'natural_resources'],
    ['市知识产权局', 'intellectual_property'],
    ['省知识产权中心', 'intellectual_property'],
    ['市科技局', 'science_technology'],
    ['省科技厅', 'science_technology'],
    ['重庆市经济信息委', 'industry_it'],
    ['四川省经济和信息化厅', 'industry_it'],
    ['市发展改革委', 'development_reform'],
    ['市大数据发展局', 'big_data'],
    ['省大数据中心', 'big_data'],
    ['市交通局', 'transport'],
    ['省交通运输厅', 'transport'],
    ['市公安局', 'public_security'],
    ['省公安厅', 'public_security'],
    ['重庆市人力社保局', 'human_resources'],
    ['四川省人力资源社会保障厅', 'human_resources'],
    ['区人社保局', 'human_resources'],
    ['市住房城乡建委', 'housing_construction'],
    ['省住房城乡建设厅', 'housing_construction'],
    ['市规划自然资源局', 'natural_resources'],
    ['省自然资源厅', 'natural_resources'],
    ['市商务委', 'commerce'],
    ['省商务厅', 'commerce'],
    ['市中新项目管理局', 'foreign_cooperation'],
    ['永川高新区管委会', 'park_authority'],
    ['永川综保区筹办', 'bonded_zone'],
    ['重庆市人民政府办公厅', 'government'],
    ['重庆市永川区人民政府办公室', 'government'],
    // A customs office being set up, one stationed in a district, and the regulator's county office.
    ['璧山海关筹备组', 'customs'],
    ['重庆海关驻荣昌办事处', 'customs'],
    ['璧山金融监管支局', 'banking_regulation'],
  ])('%s is on line %s', (name, key) => {
    expect(matchLine(name)?.line.key).toBe(key);
  });

  it('finds no line for an unknown unit', () => {
    expect(matchLine('市机关事务局')).toBeNull();
  });

  it.each(['市级有关部门', '各区县政府', '有关单位', '区县政府', '有关区县人民政府', '有关市（州）政府', '相关区县', '自贸试验区各片区管委会', '各镇街', '县（区）政府'])('%s is generic', (name) => {
    expect(isGenericUnit(name)).toBe(true);
  });

  it('rejects an invalid table with CONFIG_INVALID', () => {
    const broken = { ...rawTable, lines: [{ key: 'customs', zh: '海关', en: 'Customs', vertical: true, defaultKind: 'NOPE', patterns: [] }] };
    expect(() => loadLineTable(broken)).toThrow(AppError);
    try {
      loadLineTable(broken);
    } catch (e) {
      expect((e as AppError).code).toBe(ErrorCode.CONFIG_INVALID);
    }
  });

  it('rejects a head on an unknown line and an unknown parent jurisdiction', () => {
    const jurisdictions = rawTable.jurisdictions.map((j) =>
      j.name === '永川区' ? { ...j, parent: '重庆', heads: { nosuchline: 'x' } } : j.name === '重庆市' ? { ...j, aliases: [] } : j,
    );
    expect(() => loadLineTable({ ...rawTable, jurisdictions })).toThrow(/unknown parent 重庆.*unknown line nosuchline|unknown line nosuchline/);
  });

  it('rejects joint bodies given to a place rather than to both provinces together (a REGION)', () => {
    expect(() => loadLineTable({ ...rawTable, jointBodies: { ...rawTable.jointBodies, jurisdiction: '重庆市' } })).toThrow(/jointBodies: 重庆市 is no jurisdiction of level REGION/);
    expect(() => loadLineTable({ ...rawTable, jointBodies: { ...rawTable.jointBodies, jurisdiction: '川陕' } })).toThrow(/jointBodies: 川陕/);
  });
});

describe('heads', () => {
  it('gives 重庆市 a head on every line a district unit can link to', () => {
    const table = defaultLineTable();
    const chongqing = table.jurisdictionByName.get('重庆市');
    const missing = table.lines.filter((l) => l.linkToParent !== false && chongqing?.heads[l.key] === undefined).map((l) => l.key);
    expect(missing).toEqual([]);
  });
});

describe('renames', () => {
  it('has renames whose two names resolve to themselves, in their jurisdiction, on one line', () => {
    expect(defaultLineTable().data.renames.length).toBeGreaterThan(0);
    expect(checkRenames()).toEqual([]);
  });

  it.each([
    // The 银保监局 became 国家金融监督管理总局's office on 2023-07-20: a plan of June 2023 still names the old body.
    ['重庆银保监局', '2023-06-28', '重庆银保监局'],
    ['重庆银保监局', '2023-07-20', '重庆金融监管局'],
    ['四川银保监局', '2024-03-05', '四川金融监管局'],
    // The central bank's branches took their names on 2023-08-18, a month after the regulator's offices.
    ['人行重庆营管部', '2023-07-31', '人行重庆营管部'],
    ['人行重庆营管部', '2023-08-18', '人行重庆市分行'],
    ['人行成都分行', '2024-03-05', '人行四川省分行'],
    // No day in the data file: the name stays, whatever the document's date.
    ['重庆市金融监管局', '2025-01-01', '重庆市金融监管局'],
    // A document without a signing date keeps the head as the data file names it.
    ['重庆银保监局', undefined, '重庆银保监局'],
    ['重庆海关', '2025-01-01', '重庆海关'],
  ])('%s on %s is %s', (name, asOf, expected) => {
    expect(nameAsOf(name, asOf)).toBe(expected);
  });

  it('links a district unit to the head under the name it carried when the document was signed', () => {
    const table = defaultLineTable();
    const yongchuan = table.jurisdictionByName.get('永川区') as Jurisdiction;
    const parentOn = (name: string, asOf: string): string | undefined => {
      const c = classifyUnit(name, yongchuan, table);
      return parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, asOf).parent;
    };
    // Seed 004 (2022) names 永川银保监分局; a plan of 2024 names 永川金融监管分局.
    expect(parentOn('永川银保监分局', '2022-05-30')).toBe('重庆银保监局');
    expect(parentOn('永川金融监管分局', '2024-03-05')).toBe('重庆金融监管局');
    expect(parentOn('永川海关', '2024-03-05')).toBe('重庆海关');
    // 成都's districts: a department reports to 成都's, a vertical office to the nearest level that has one.
    const inShuangliu = (name: string): string | undefined => {
      const c = classifyUnit(name, table.jurisdictionByName.get('双流区') as Jurisdiction, table);
      return parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, '2024-03-05').parent;
    };
    expect([inShuangliu('区商务局'), inShuangliu('区税务局'), inShuangliu('双流机场海关')]).toEqual(['成都市商务局', '成都市税务局', '成都海关']);
    // 成都's own name for its industry bureau, not one derived from the district's (成都市经科信局).
    expect(inShuangliu('区经科信局')).toBe('成都市经济和信息化局');
    // A sub-office named after the provincial seat is the city's, not the province's: 成都金融监管分局 in 成都市.
    const sub = classifyUnit('成都金融监管分局', table.jurisdictionByName.get('四川省') as Jurisdiction, table);
    expect([sub.jurisdiction.name, parentLink({ name: sub.name, jurisdiction: sub.jurisdiction, line: sub.line, kind: sub.kind }, table, '2024-03-05').parent]).toEqual([
      '成都市',
      '四川金融监管局',
    ]);
    expect(classifyUnit('成都海关', table.jurisdictionByName.get('成都市') as Jurisdiction, table).jurisdiction.name).toBe('四川省');
    // A company's branch reports to its group; a company to no government office above it.
    expect(parentOn('重庆港务物流集团永川分公司', '2024-06-12')).toBe('重庆港务物流集团');
    expect(parentOn('永川港务公司', '2024-06-12')).toBeUndefined();
    // The railway police answer to no province's 公安厅; their 公安处 to their bureau.
    expect(parentOn('成都铁路公安局', '2024-06-12')).toBeUndefined();
    const office = classifyUnit('成都铁路公安局重庆公安处', table.jurisdictionByName.get('重庆市') as Jurisdiction, table);
    expect(parentLink({ name: office.name, jurisdiction: office.jurisdiction, line: office.line, kind: office.kind }, table, '2024-06-12').parent).toBe('成都铁路公安局');
  });

  it('places the districts of 泸州 and 宜宾 under their cities, and keeps a bank\'s and a university\'s names', () => {
    const table = defaultLineTable();
    const luzhou = table.jurisdictionByName.get('泸州市') as Jurisdiction;
    const read = (name: string): [string, string, string, string | undefined] => {
      const c = classifyUnit(name, luzhou, table);
      return [c.name, c.kind, c.jurisdiction.name, parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table).parent];
    };
    expect(['叙州区商务局', '江阳区税务局', '泸州银行', '西南医科大学'].map(read)).toEqual([
      ['叙州区商务局', 'LOCAL_GOVERNMENT_DEPARTMENT', '叙州区', '宜宾市商务局'],
      ['江阳区税务局', 'VERTICAL_AGENCY', '江阳区', '泸州市税务局'],
      ['泸州银行', 'STATE_OWNED_ENTERPRISE', '泸州市', undefined],
      ['西南医科大学', 'PUBLIC_INSTITUTION', '泸州市', undefined],
    ]);
  });

  it('links a customs office being set up and the regulator\'s county office to their heads', () => {
    const table = defaultLineTable();
    const bishan = table.jurisdictionByName.get('璧山区') as Jurisdiction;
    const head = (name: string): [string, string, string | undefined] => {
      const c = classifyUnit(name, bishan, table);
      return [name, c.kind, parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, '2024-06-01').parent];
    };
    expect(['璧山海关筹备组', '璧山金融监管支局'].map(head)).toEqual([
      ['璧山海关筹备组', 'VERTICAL_AGENCY', '重庆海关'],
      ['璧山金融监管支局', 'VERTICAL_AGENCY', '重庆金融监管局'],
    ]);
  });

  it.each([
    // Procuratorates are a line of their own, beside the courts: 区检察院 answers to 市检察院.
    ['市检察院', '重庆市', '重庆市检察院', 'PROCURATORATE', undefined],
    ['重庆市人民检察院', '重庆市', '重庆市检察院', 'PROCURATORATE', undefined],
    ['省检察院', '四川省', '四川省检察院', 'PROCURATORATE', undefined],
    ['区检察院', '江津区', '江津区检察院', 'PROCURATORATE', '重庆市检察院'],
    // Written in full or short, one court or procuratorate of a place is one body.
    ['区人民检察院', '綦江区', '綦江区检察院', 'PROCURATORATE', '重庆市检察院'],
    ['成都市人民检察院', '四川省', '成都市检察院', 'PROCURATORATE', '四川省检察院'],
    ['永川区人民法院', '永川区', '永川区法院', 'COURT', '重庆市高法院'],
    ['成都市中级人民法院', '四川省', '成都市中级人民法院', 'COURT', '四川省法院'],
    // 重庆's plans call the municipal high court 市法院 as often as 市高法院.
    ['市法院', '重庆市', '重庆市高法院', 'COURT', undefined],
    // A vertical line's other offices in a jurisdiction report to the one heading it there (成都 is 四川's seat, so
    // the airport's customs is the province's), under the name a plan most often writes.
    ['天府机场海关', '四川省', '成都天府国际机场海关', 'VERTICAL_AGENCY', '成都海关'],
    ['成都天府国际机场海关', '成都市', '成都天府国际机场海关', 'VERTICAL_AGENCY', '成都海关'],
    ['重庆市税务局第一稽查局', '重庆市', '重庆市税务局第一稽查局', 'VERTICAL_AGENCY', '重庆市税务局'],
    // Another way of writing the head is the head, and a body of another system on the line (长江海事局) no office below it.
    ['中国证监会重庆监管局', '重庆市', '重庆证监局', 'VERTICAL_AGENCY', undefined],
    ['重庆边检总站', '重庆市', '重庆出入境边防检查总站', 'VERTICAL_AGENCY', undefined],
    ['重庆江北机场边检站', '重庆市', '重庆江北机场边检站', 'VERTICAL_AGENCY', '重庆出入境边防检查总站'],
    ['长江海事局', '重庆市', '长江海事局', 'VERTICAL_AGENCY', undefined],
    // …but a head is no office of itself, under either name of a rename.
    ['成都海关', '四川省', '成都海关', 'VERTICAL_AGENCY', undefined],
    ['重庆银保监局', '重庆市', '重庆银保监局', 'VERTICAL_AGENCY', undefined],
    ['人行重庆营管部', '重庆市', '人行重庆营管部', 'VERTICAL_AGENCY', undefined],
  ])('%s in a %s list is %s (%s), reporting to %s', (written, place, name, kind, parent) => {
    const table = defaultLineTable();
    const c = classifyUnit(written, table.jurisdictionByName.get(place) as Jurisdiction, table);
    expect([c.name, c.kind, parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, '2024-06-01').parent]).toEqual([name, kind, parent]);
  });

  it('places a town named after a hill in its list\'s district, not in the city whose name it holds: 歌乐山镇 is no 乐山\'s', () => {
    const table = defaultLineTable();
    const c = classifyUnit('歌乐山镇', table.jurisdictionByName.get('沙坪坝区') as Jurisdiction, table);
    expect([c.name, c.jurisdiction.name]).toEqual(['沙坪坝区歌乐山镇', '沙坪坝区']);
  });

  it('places a railway office by its own place, not by the group\'s name: 中铁成都局集团公司重庆货运中心 is in 重庆, on the railway line', () => {
    const table = defaultLineTable();
    const read = (name: string, list: string): [string, string | undefined] => {
      const c = classifyUnit(name, table.jurisdictionByName.get(list) as Jurisdiction, table);
      return [c.jurisdiction.name, c.line?.key];
    };
    expect(read('中铁成都局集团公司重庆货运中心', '重庆市')).toEqual(['重庆市', 'railway']);
    expect(read('成都局集团公司遂宁车务段', '四川省')).toEqual(['遂宁市', 'railway']);
    expect(read('中铁成都局集团公司', '重庆市')).toEqual(['四川省', 'railway']);
  });

  it('links an office of a Party committee to the same office of the committee above, not to the government\'s head of its line', () => {
    const table = defaultLineTable();
    const parentIn = (name: string, place: string): string | undefined => {
      const c = classifyUnit(name, table.jurisdictionByName.get(place) as Jurisdiction, table);
      return parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, '2024-03-08').parent;
    };
    // 区委金融办 in a 江津 plan of 2024 answers to 重庆市委金融办, 成都市委金融办 to 四川省委金融办; the government's finance
    // office of 江津 still reports to the municipality's (重庆市金融监管局).
    expect(parentIn('区委金融办', '江津区')).toBe('重庆市委金融办');
    // A company answers to no company named after it in the city above (no 泸州市港务公司); its department does.
    expect(classifyUnit('合江港务公司', table.jurisdictionByName.get('合江县') as Jurisdiction, table).kind).toBe('STATE_OWNED_ENTERPRISE');
    expect(parentIn('合江港务公司', '合江县')).toBeUndefined();
    expect(parentIn('县交通运输局', '合江县')).toBe('泸州市交通运输局');
    // Nor an institution (no 泸州市金融服务中心 made up from 合江县's); a 重庆 district's centre has the head the data file gives.
    expect(parentIn('县金融服务中心', '合江县')).toBeUndefined();
    expect(parentIn('区金融服务中心', '江津区')).toBe('重庆市金融监管局');
    expect(parentIn('成都市委金融办', '成都市')).toBe('四川省委金融办');
    expect(parentIn('区金融办', '江津区')).toBe('重庆市金融监管局');
  });

  // One department, however it is written: the full 委员会 forms, the short forms districts and cities write
  // (lowerShortForms), a government written with the place it lies in.
  it.each([
    ['重庆市交通运输委员会', '重庆市', '重庆市交通运输委'],
    ['重庆市教育委员会', '重庆市', '重庆市教委'],
    ['重庆市卫生健康委员会', '重庆市', '重庆市卫生健康委'],
    ['四川省卫生健康委员会', '四川省', '四川省卫生健康委'],
    ['重庆市文化和旅游发展委员会', '重庆市', '重庆市文化旅游委'],
    ['重庆市口岸和物流办公室', '重庆市', '重庆市政府口岸物流办'],
    ['中国银保监会重庆监管局', '重庆市', '重庆银保监局'],
    ['中国银保监会四川监管局', '四川省', '四川银保监局'],
    ['区发改委', '江津区', '江津区发展改革委'],
    ['区人社局', '江津区', '江津区人力社保局'],
    ['区经信委', '江津区', '江津区经济信息委'],
    ['区卫生健康委员会', '潼南区', '潼南区卫生健康委'],
    ['市发改委', '成都市', '成都市发展改革委'],
    ['市投促局', '宜宾市', '宜宾市投资促进局'],
    ['市人社局', '成都市', '成都市人力资源社会保障局'],
    ['市经信局', '成都市', '成都市经济和信息化局'],
    // A form written as the seeds write it stays as it is.
    ['区人社保局', '永川区', '永川区人社保局'],
    ['重庆市荣昌区人民政府', '荣昌区', '荣昌区政府'],
    // A town's or a street's government written in full is the town or street as plans name it.
    ['珞璜镇人民政府', '江津区', '江津区珞璜镇'],
    ['珞璜镇', '江津区', '江津区珞璜镇'],
    ['德感街道办事处', '江津区', '江津区德感街道'],
  ])('%s in a list of %s is %s', (written, place, name) => {
    const table = defaultLineTable();
    expect(classifyUnit(written, table.jurisdictionByName.get(place) as Jurisdiction, table).name).toBe(name);
  });

  it('rejects lowerShortForms of a place that is no province or municipality', () => {
    expect(() => loadLineTable({ ...rawTable, lowerShortForms: { 永川区: { 发改委: '发展改革委' } } })).toThrow(/lowerShortForms: 永川区 is no province or municipality/);
  });

  it('rejects a landmark in a place that is no jurisdiction', () => {
    expect(() => loadLineTable({ ...rawTable, landmarks: { 江北国际机场: '江北' } })).toThrow(/landmark 江北国际机场: 江北 is no jurisdiction's name/);
  });

  it('rejects a rename in an unknown jurisdiction, one listed twice, and a chain that comes back', () => {
    const renames = [
      { former: '甲局', current: '乙局', jurisdiction: '重庆市' },
      { former: '乙局', current: '甲局', jurisdiction: '重庆市' },
      { former: '甲局', current: '丙局', jurisdiction: '火星' },
    ];
    expect(() => loadLineTable({ ...rawTable, renames })).toThrow(/unknown jurisdiction 火星/);
    expect(() => loadLineTable({ ...rawTable, renames })).toThrow(/甲局: listed twice/);
    expect(() => loadLineTable({ ...rawTable, renames: renames.slice(0, 2) })).toThrow(/comes back to 甲局/);
    for (const since of ['2023年', '2023-13-45', '2023-02-30']) {
      expect(() => loadLineTable({ ...rawTable, renames: [{ former: '甲局', current: '乙局', jurisdiction: '重庆市', since }] })).toThrow(CONFIG_INVALID_RE);
    }
  });

  it('resolves a written official name, or another full form, to the canonical unit, and refuses a name for two units', () => {
    const table = defaultLineTable();
    const J = (n: string): Jurisdiction => table.jurisdictionByName.get(n) as Jurisdiction;
    const cases: [string, string, string][] = [
      ['国家税务总局重庆市税务局', '重庆市', '重庆市税务局'],
      ['国家金融监督管理总局重庆监管局', '重庆市', '重庆金融监管局'],
      ['中国人民银行重庆市分行', '重庆市', '人行重庆市分行'],
      ['人民银行重庆市分行', '重庆市', '人行重庆市分行'],
      ['人民银行成都分行', '四川省', '人行成都分行'],
      // 市地方金融监管局 in 重庆's list is the bureau seed 000 writes 市金融监管局.
      ['市地方金融监管局', '重庆市', '重庆市金融监管局'],
      ['重庆市永川区市场监督管理局', '永川区', '永川区市场监管局'],
      // Written with the places above its own, or with the central body before it: the short form 区X or 市X gives.
      ['重庆市江津区市场监管局', '江津区', '江津区市场监管局'],
      ['国家税务总局宜宾市税务局', '宜宾市', '宜宾市税务局'],
      ['国家税务总局重庆市江津区税务局', '江津区', '江津区税务局'],
      ['四川省宜宾市商务局', '四川省', '宜宾市商务局'],
      ['四川省成都市双流区商务局', '四川省', '双流区商务局'],
      // A government's office keeps the name it signs with.
      ['重庆市永川区人民政府办公室', '永川区', '重庆市永川区人民政府办公室'],
      // Short forms in common use name the unit the seeds write in full (one body, one node).
      ['省发改委', '四川省', '四川省发展改革委'],
      ['市发改委', '重庆市', '重庆市发展改革委'],
      ['省经信厅', '四川省', '四川省经济和信息化厅'],
      ['市经信委', '重庆市', '重庆市经济信息委'],
      ['省人社厅', '四川省', '四川省人力资源社会保障厅'],
      ['市人社局', '重庆市', '重庆市人力社保局'],
      ['省口岸物流办', '四川省', '四川省政府口岸物流办'],
      ['市口岸物流办', '重庆市', '重庆市政府口岸物流办'],
      ['成都铁路局', '四川省', '中铁成都局集团公司'],
      ['成都中院', '成都市', '成都市中级人民法院'],
      ['市中院', '成都市', '成都市中级人民法院'],
      ['西部科学城重庆高新区管委会', '重庆市', '重庆高新区管委会'],
      ['东部新区管委会', '成都市', '成都东部新区管委会'],
      ['天府新区成都管委会', '成都市', '四川天府新区成都管委会'],
      // The districts and counties of 泸州 and 宜宾 are places of their own.
      ['叙州区商务局', '泸州市', '叙州区商务局'],
      ['江阳区税务局', '泸州市', '江阳区税务局'],
    ];
    for (const [written, list, name] of cases) {
      const c = classifyUnit(written, J(list), table);
      expect([written, c.name, c.written, c.warnings]).toEqual([written, name, written, []]);
    }
    expect(() => loadLineTable({ ...rawTable, otherNames: { 重庆市商务委: ['重庆市税务局'] } })).toThrow(/重庆市商务委 is a canonical name|stands for/);
    expect(() => loadLineTable({ ...rawTable, otherNames: { 重庆市商务委: ['国家税务总局重庆市税务局'] } })).toThrow(/stands for both 重庆市税务局 and 重庆市商务委/);
    // Entries that lead back to a name (a long form made canonical, its short form listed under it) end, not loop.
    const looping = loadLineTable({ ...rawTable, otherNames: { ...rawTable.otherNames, 重庆市江津区市场监管局: ['江津区市场监管局'] } });
    expect(classifyUnit('区市场监管局', looping.jurisdictionByName.get('江津区') as Jurisdiction, looping).line?.key).toBe('market_regulation');
  });
});

describe('the districts, counties and county-level cities of 四川\'s prefecture-level cities', () => {
  const table = defaultLineTable();
  const J = (n: string): Jurisdiction => table.jurisdictionByName.get(n) as Jurisdiction;

  // The 2024 divisions: how many 区, 县 and 县级市 each city has (the autonomous prefectures are not in the file).
  it.each([
    ['成都市', 20], ['自贡市', 6], ['攀枝花市', 5], ['泸州市', 7], ['德阳市', 6], ['绵阳市', 9], ['广元市', 7], ['遂宁市', 5],
    ['内江市', 5], ['乐山市', 11], ['南充市', 9], ['眉山市', 6], ['宜宾市', 10], ['广安市', 6], ['达州市', 7], ['雅安市', 8],
    ['巴中市', 5], ['资阳市', 3],
  ])('%s has %i', (city, count) => {
    const below = table.data.jurisdictions.filter((j) => j.parent === city);
    expect(below).toHaveLength(count);
    expect(below.every((j) => j.level === 'DISTRICT' || j.level === 'COUNTY')).toBe(true);
  });

  // [written, list, canonical name, jurisdiction, parent]: a department reports to its city's, a tax office to the
  // city's 税务局 (as 叙州区商务局 → 宜宾市商务局, 江阳区税务局 → 泸州市税务局).
  it.each([
    ['邻水县商务局', '四川省', '邻水县商务局', '邻水县', '广安市商务局'],
    ['前锋区商务局', '四川省', '前锋区商务局', '前锋区', '广安市商务局'],
    ['华蓥市税务局', '广安市', '华蓥市税务局', '华蓥市', '广安市税务局'],
    ['射洪市税务局', '四川省', '射洪市税务局', '射洪市', '遂宁市税务局'],
    ['国家税务总局射洪市税务局', '四川省', '射洪市税务局', '射洪市', '遂宁市税务局'],
    ['安居区市场监管局', '遂宁市', '安居区市场监管局', '安居区', '遂宁市市场监管局'],
    ['安州区商务局', '四川省', '安州区商务局', '安州区', '绵阳市商务局'],
    ['北川县商务局', '四川省', '北川县商务局', '北川羌族自治县', '绵阳市商务局'],
    ['达川区税务局', '四川省', '达川区税务局', '达川区', '达州市税务局'],
    ['彭山区商务局', '四川省', '彭山区商务局', '彭山区', '眉山市商务局'],
    ['恩阳区税务局', '四川省', '恩阳区税务局', '恩阳区', '巴中市税务局'],
    ['隆昌市商务局', '四川省', '隆昌市商务局', '隆昌市', '内江市商务局'],
    // 峨眉山市 is 乐山's, though its name holds 眉山.
    ['峨眉山市税务局', '四川省', '峨眉山市税务局', '峨眉山市', '乐山市税务局'],
    ['阆中市商务局', '南充市', '阆中市商务局', '阆中市', '南充市商务局'],
    ['广安区商务局', '广安市', '广安区商务局', '广安区', '广安市商务局'],
    ['雁江区税务局', '资阳市', '雁江区税务局', '雁江区', '资阳市税务局'],
    // Two districts named 市中区, one in 内江, one in 乐山: written with their city, each is its own.
    ['内江市市中区商务局', '四川省', '内江市市中区商务局', '内江市市中区', '内江市商务局'],
    ['乐山市市中区商务局', '四川省', '乐山市市中区商务局', '乐山市市中区', '乐山市商务局'],
    ['四川省乐山市市中区税务局', '四川省', '乐山市市中区税务局', '乐山市市中区', '乐山市税务局'],
    ['攀枝花市东区市场监管局', '四川省', '攀枝花市东区市场监管局', '攀枝花市东区', '攀枝花市市场监管局'],
    // A list of the county-level city itself: 市 is 射洪市.
    ['市商务局', '射洪市', '射洪市商务局', '射洪市', '遂宁市商务局'],
  ])('%s in a list of %s is %s of %s, under %s', (written, list, name, place, parent) => {
    const c = classifyUnit(written, J(list), table);
    const link = parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table, '2024-06-01');
    expect([c.name, c.jurisdiction.name, link.parent, c.warnings]).toEqual([name, place, parent, []]);
  });

  it('has a tax head for each city', () => {
    for (const city of ['自贡市', '攀枝花市', '德阳市', '绵阳市', '广元市', '遂宁市', '内江市', '乐山市', '南充市', '眉山市', '广安市', '达州市', '雅安市', '巴中市', '资阳市']) {
      expect(J(city).heads.taxation).toBe(`${city}税务局`);
    }
  });

  // Names that hold a place's bare stem as an ordinary word or as part of another place: the stem is no marker.
  it.each([
    ['重庆朝天门码头管理处', '重庆市'], // 朝天区
    ['成都高新西区管委会', '成都市'], // 攀枝花市西区
    ['四川省投资中心', '四川省'], // 资中县
    ['重庆市嘉陵江航道处', '重庆市'], // 嘉陵区
    ['渝北区大竹林街道办事处', '渝北区'], // 大竹县
    ['四川省安居工程办', '四川省'], // 安居区
    // A landmark named after a place it does not lie in: 重庆江北国际机场 is in 渝北区.
    ['重庆江北国际机场海关', '渝北区'],
    ['江北国际机场管理处', '渝北区'],
    ['江北区商务委', '江北区'],
    // A place the name opens with is kept over the landmark's.
    ['江北区江北国际机场管理办公室', '江北区'],
  ])('%s is carried by %s', (name, place) => {
    expect(carriedJurisdiction(name, false, table)?.name).toBe(place);
  });
});
