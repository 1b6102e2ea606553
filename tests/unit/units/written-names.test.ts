import { shareEachSide, distributeSharedSuffix, eachSide, resolveUnits, splitBracketName } from '../../../src/ingestion/units';
import { defaultLineTable, type Jurisdiction } from '../../../src/ingestion/units/functional-lines';
import { buildDoc, CHONGQING, SICHUAN } from './fixtures';

describe('distributeSharedSuffix: places that share one unit name', () => {
  it.each([
    // A central body's name written once before two places' offices: the second shares it.
    [['国家外汇管理局重庆市分局', '四川省分局'], ['国家外汇管理局重庆市分局', '国家外汇管理局四川省分局']],
    // So does a vertical line's office written once before two places' offices (the railway police's 公安处).
    [['成都铁路公安局成都公安处', '重庆公安处'], ['成都铁路公安局成都公安处', '成都铁路公安局重庆公安处']],
    [['国家金融监督管理总局重庆监管局', '四川监管局'], ['国家金融监督管理总局重庆监管局', '国家金融监督管理总局四川监管局']],
    // A place's own unit before another place's shares nothing.
    [['重庆市商务委', '四川省商务厅'], ['重庆市商务委', '四川省商务厅']],
    // Two provinces before one unit share it, under the name the first gives its own (重庆's is 商务委, not 商务厅).
    [['重庆市', '四川省市场监管局'], ['重庆市市场监管局', '四川省市场监管局']],
    [['重庆市', '四川省商务厅'], ['重庆市商务委', '四川省商务厅']],
    // A short place name (泸州) takes its full name.
    [['省市场监管局', '泸州', '宜宾市市场监管局'], ['省市场监管局', '泸州市市场监管局', '宜宾市市场监管局']],
    [['市市场监管局', '江津区', '永川区市场监管局'], ['市市场监管局', '江津区市场监管局', '永川区市场监管局']],
    // Places written short before a name written short share it as written: an office named after its place's short
    // name (泸州海关), not 泸州市海关; a municipality so too (重庆、成都海关).
    [['重庆海关', '泸州', '宜宾海关'], ['重庆海关', '泸州海关', '宜宾海关']],
    [['成都', '泸州海关'], ['成都海关', '泸州海关']],
    [['重庆', '成都海关'], ['重庆海关', '成都海关']],
    [['泸州', '宜宾', '内江海关'], ['泸州海关', '宜宾海关', '内江海关']],
    // A local department written short takes the places' full names (泸州市商务局), as a vertical office does not.
    [['泸州', '宜宾商务局'], ['泸州市商务局', '宜宾商务局']],
    // "…and other cities" (等市, 等市（州）): the cities named share what follows, each under its full name.
    [['成都', '泸州', '宜宾等市商务主管部门'], ['成都市商务主管部门', '泸州市商务主管部门', '宜宾市商务主管部门']],
    [['成都', '泸州', '宜宾等市人民政府'], ['成都市人民政府', '泸州市人民政府', '宜宾市人民政府']],
    [['成都市', '泸州市等市（州）商务主管部门'], ['成都市商务主管部门', '泸州市商务主管部门']],
    // Towns and streets before their government share its ending; 等镇 names towns; 等镇街 says not which, and stays.
    [['区发展改革委', '鱼洞', '李家沱街道办事处'], ['区发展改革委', '鱼洞街道办事处', '李家沱街道办事处']],
    [['二圣', '东温泉', '姜家镇人民政府'], ['二圣镇人民政府', '东温泉镇人民政府', '姜家镇人民政府']],
    [['南彭', '木洞等镇'], ['南彭镇', '木洞镇']],
    [['南彭', '木洞等镇街'], ['南彭', '木洞等镇街']],
    [['寸滩街道', '铁山坪街道'], ['寸滩街道', '铁山坪街道']],
    // Organisations before a town are no towns.
    [['区妇联', '区侨联', '井口镇'], ['区妇联', '区侨联', '井口镇']],
    [['区工商联', '双碑等街道'], ['区工商联', '双碑等街道']],
    // A run of bare places all take the name.
    [['成都', '德阳', '眉山市人民政府'], ['成都市人民政府', '德阳市人民政府', '眉山市人民政府']],
    // Whatever the first unit with a place after them names, a second run starts afresh.
    [['泸州', '宜宾市商务局', '江津区', '永川区商务委'], ['泸州市商务局', '宜宾市商务局', '江津区商务委', '永川区商务委']],
    // A place with no unit after it that opens with a place stays as written.
    [['泸州市', '宜宾市'], ['泸州市', '宜宾市']],
    [['泸州', '省商务厅'], ['泸州', '省商务厅']],
    // Units that open with a place are no bare places (成都海关, 重庆海关).
    [['重庆海关', '成都海关'], ['重庆海关', '成都海关']],
    // Places of another level than the unit after them are governments of their own (泸永江 lists).
    [['永川区', '荣昌区', '泸州市', '内江市', '重庆市发展改革委'], ['永川区', '荣昌区', '泸州市', '内江市', '重庆市发展改革委']],
    [['永川区', '重庆海关'], ['永川区', '重庆海关']],
    // Generic cities before generic district governments share their name (各有关市（州）、区县政府).
    [['市财政局', '各有关市（州）', '区县政府'], ['市财政局', '各有关市（州）政府', '区县政府']],
    [['各市（州）', '各区县（自治县）人民政府'], ['各市（州）人民政府', '各区县（自治县）人民政府']],
    [['各有关市（州）', '省商务厅'], ['各有关市（州）', '省商务厅']],
    // A place alone before another place's departments named by their function has that department, not its government.
    [['成都市', '重庆市主城都市区各区人力社保部门'], ['成都市人力社保部门', '重庆市主城都市区各区人力社保部门']],
    [['泸州市', '重庆市各区县商务部门'], ['泸州市商务部门', '重庆市各区县商务部门']],
    // 各级 (every level) before the departments; the 市 of 市场 is no level.
    [['成都市', '重庆市各级市场监管部门'], ['成都市市场监管部门', '重庆市各级市场监管部门']],
    // Not before one unit.
    [['成都市', '重庆市商务委'], ['成都市', '重庆市商务委']],
    // Places before "the other governments" (锦江区、青羊区、双流区等相关区（市）县政府) are governments.
    [['市商务局', '锦江区', '青羊区', '双流区', '相关区（市）县政府'], ['市商务局', '锦江区政府', '青羊区政府', '双流区政府', '相关区（市）县政府']],
    [['万州区', '涪陵区', '区县政府'], ['万州区政府', '涪陵区政府', '区县政府']],
    // Parks with a name of their own before a park's 管委会 share it (天府新区、高新区、东部新区管委会); 高新区 alone is any
    // city's and keeps the list's place.
    [['天府新区', '高新区', '东部新区管委会'], ['天府新区管委会', '高新区', '东部新区管委会']],
    [['两江新区', '重庆高新区管委会', '市商务委'], ['两江新区管委会', '重庆高新区管委会', '市商务委']],
    [['两江新区', '西部科学城重庆高新区管委会'], ['两江新区管委会', '西部科学城重庆高新区管委会']],
    [['两江新区', '市商务委'], ['两江新区', '市商务委']],
    // A long park name's authority is that park's own.
    [['两江新区', '果园港片区', '重庆两路果园港综合保税区管委会'], ['两江新区', '果园港片区', '重庆两路果园港综合保税区管委会']],
    // A bare division takes the department of the division right before it only.
    [['市商务委自贸区处', '两江新区管委会', '寸滩港区管理处'], ['市商务委自贸区处', '两江新区管委会', '寸滩港区管理处']],
    [['市商务委自贸区处', '综合处', '外贸处'], ['市商务委自贸区处', '市商务委综合处', '市商务委外贸处']],
    // A 四川 city and a 重庆 district are one tier, each one step below its province: they share a name too.
    [['遂宁市', '潼南区发展改革委'], ['遂宁市发展改革委', '潼南区发展改革委']],
    [['万州区', '达州市', '开州区商务委'], ['万州区商务委', '达州市商务委', '开州区商务委']],
    // Places below a province share a name whatever their levels: a city and a county-level city, two counties.
    [['遂宁市', '射洪市商务局'], ['遂宁市商务局', '射洪市商务局']],
    [['邻水县', '渝北区商务委'], ['邻水县商务委', '渝北区商务委']],
    // Places before 两地/三地 share what follows it.
    [['遂宁', '潼南两地商务主管部门'], ['遂宁市商务主管部门', '潼南区商务主管部门']],
    // Short names of no unit before a named park's authority share it, as written (two are no places at all).
    [
      ['两路果园港', '西永', '江津', '永川综保区管委会'],
      ['两路果园港综保区管委会', '西永综保区管委会', '江津综保区管委会', '永川综保区管委会'],
    ],
    // A unit before such an authority is a unit of its own, and so are companies, or places before another kind of park.
    [['重庆海关', '西永综保区管委会'], ['重庆海关', '西永综保区管委会']],
    [['市商务委', '西永综保区管委会'], ['市商务委', '西永综保区管委会']],
    [['长安汽车', '中国电信', '西永综保区管委会'], ['长安汽车', '中国电信', '西永综保区管委会']],
    [['永川', '江津', '两江新区管委会'], ['永川', '江津', '两江新区管委会']],
    [['市商务委', '寸滩', '果园港', '两江新区管委会'], ['市商务委', '寸滩', '果园港', '两江新区管委会']],
  ])('%j means %j', (written, meant) => {
    expect(distributeSharedSuffix(written)).toEqual(meant);
  });

  it('gives a division with no department before it to the one department that issued the plan, and to no other', () => {
    expect(distributeSharedSuffix(['委电商处', '综合处'], undefined, ['重庆市商务委'])).toEqual(['重庆市商务委电商处', '重庆市商务委综合处']);
    expect(distributeSharedSuffix(['委电商处'], undefined, ['重庆市商务委', '重庆市财政局'])).toEqual(['委电商处']);
    // 厅 is no 商务委's.
    expect(distributeSharedSuffix(['厅电子商务处'], undefined, ['重庆市商务委'])).toEqual(['厅电子商务处']);
  });

  // A department's own notice names its divisions 省厅X / 市局X (a notice of 四川省公安厅 and 重庆市公安局).
  it.each<[string[], string[], string[]]>([
    [['省厅治安总队'], ['四川省公安厅', '重庆市公安局'], ['四川省公安厅治安总队']],
    [['市局治安总队', '经侦总队'], ['四川省公安厅', '重庆市公安局'], ['重庆市公安局治安总队', '重庆市公安局经侦总队']],
    [['省厅工伤保险处'], ['四川省人力资源社会保障厅', '重庆市人力社保局'], ['四川省人力资源社会保障厅工伤保险处']],
    // A department's centre written so is its own too (市局信息中心 in a notice of the two 市场监管局).
    [['市局登记注册处', '市局信息中心'], ['重庆市市场监管局', '四川省市场监管局'], ['重庆市市场监管局登记注册处', '重庆市市场监管局信息中心']],
    // 市局 is the 市's department whichever list it stands in.
    [['省局货物和劳务税处', '市局货物和劳务税处'], ['四川省税务局', '重庆市税务局'], ['四川省税务局货物和劳务税处', '重庆市税务局货物和劳务税处']],
    // A division after one written with its department is that department's, 总队 and 管理处 too.
    [['省公安厅治安总队', '交警总队'], [], ['省公安厅治安总队', '省公安厅交警总队']],
    [['省税务局纳税服务处', '征收管理处'], [], ['省税务局纳税服务处', '省税务局征收管理处']],
    // No issuing department of that level and character (a notice of the governments' offices): as written.
    [['省局纳税服务处'], [], ['省局纳税服务处']],
    [['省厅治安总队'], ['重庆市公安局'], ['省厅治安总队']],
    // A body of the province's own (省劳动保障监察总队) is no division of the department before it or of the issuer.
    [['省人力资源社会保障厅工伤保险处', '省劳动保障监察总队'], ['四川省人力资源社会保障厅'], ['省人力资源社会保障厅工伤保险处', '省劳动保障监察总队']],
    // 区域合作处 and 县域经济处 are divisions for all their first character.
    [['市发展改革委综合处', '区域合作处'], [], ['市发展改革委综合处', '市发展改革委区域合作处']],
    // A 管理处 with no division before it is a body of its own.
    [['寸滩港区管理处'], ['重庆市交通运输委'], ['寸滩港区管理处']],
  ])('%j in a notice of %j means %j', (written, issuers, meant) => {
    expect(distributeSharedSuffix(written, undefined, issuers.slice(0, 1), issuers)).toEqual(meant);
  });

  it('gives 市（州） to 四川 and 区县 to 重庆 when one phrase names both (…市财政局，各有关市（州）、区县政府按职责分工负责)', () => {
    const r = resolveUnits(
      buildDoc({
        jurisdictions: [SICHUAN, CHONGQING],
        items: [{ section: '三', number: '（十二）', lists: ['四川省税务局、省财政厅', '重庆市税务局、市财政局、各有关市（州）、区县政府'] }],
      }),
    );
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit, x.jurisdiction])).toEqual([
      ['四川省税务局', '四川省税务局', '四川省'],
      ['省财政厅', '四川省财政厅', '四川省'],
      ['重庆市税务局', '重庆市税务局', '重庆市'],
      ['市财政局', '重庆市财政局', '重庆市'],
      ['各有关市（州）', '四川省各有关市（州）政府', '四川省'],
      ['区县政府', '重庆市区县政府', '重庆市'],
    ]);
    expect(r.units.filter((u) => u.kind === 'GENERIC').map((u) => [u.name, u.jurisdiction])).toEqual([
      ['四川省各有关市（州）政府', '四川省'],
      ['重庆市区县政府', '重庆市'],
    ]);
    // Generic entries are never paired.
    expect(r.counterparts.map((p) => `${p.a}↔${p.b}`)).toEqual(['四川省税务局↔重庆市税务局', '四川省财政厅↔重庆市财政局']);
  });

  it('resolves a joint list written so and pairs each unit with its peer (〔责任单位：省市场监管局、泸州、宜宾市市场监管局；市市场监管局、江津区、永川区市场监管局〕)', () => {
    const r = resolveUnits(
      buildDoc({
        jurisdictions: [SICHUAN, CHONGQING],
        items: [{ section: '二', number: '（四）', lists: ['省市场监管局、泸州、宜宾市市场监管局', '市市场监管局、江津区、永川区市场监管局'] }],
      }),
    );
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit])).toEqual([
      ['省市场监管局', '四川省市场监管局'],
      ['泸州', '泸州市市场监管局'],
      ['宜宾市市场监管局', '宜宾市市场监管局'],
      ['市市场监管局', '重庆市市场监管局'],
      ['江津区', '江津区市场监管局'],
      ['永川区市场监管局', '永川区市场监管局'],
    ]);
    expect(r.counterparts.map((p) => `${p.a}↔${p.b}`)).toEqual([
      '四川省市场监管局↔重庆市市场监管局',
      '泸州市市场监管局↔江津区市场监管局',
      '泸州市市场监管局↔永川区市场监管局',
      '宜宾市市场监管局↔江津区市场监管局',
      '宜宾市市场监管局↔永川区市场监管局',
    ]);
    expect(r.warnings).toEqual([]);
    // The place written alone is no alias of the unit it stands for.
    expect(r.units.find((u) => u.name === '泸州市市场监管局')?.aliases).not.toContain('泸州');
  });
});

describe('eachSide: one written form for the same office of each place of the plan', () => {
  const places = (...names: string[]): Jurisdiction[] => names.map((n) => defaultLineTable().jurisdictionByName.get(n)).filter((j) => j !== undefined);
  const chuanyu = places('重庆市', '四川省');
  it.each<[string, Jurisdiction[], string[] | undefined]>([
    ['两省市发展改革委', chuanyu, ['重庆市:市发展改革委', '四川省:省发展改革委']],
    ['川渝两省市商务主管部门', chuanyu, ['重庆市:市商务主管部门', '四川省:省商务主管部门']],
    // A vertical office is the head of its line in each place, not 四川海关.
    ['川渝两地海关', chuanyu, ['重庆市:重庆海关', '四川省:成都海关']],
    ['双方商务部门', chuanyu, ['重庆市:市商务部门', '四川省:省商务部门']],
    ['两地发展改革部门', places('遂宁市', '潼南区'), ['遂宁市:市发展改革部门', '潼南区:区发展改革部门']],
    ['三地商务部门', places('万州区', '达州市', '开州区'), ['万州区:区商务部门', '达州市:市商务部门', '开州区:区商务部门']],
    // Not one office: each side's generic entry, not one side's named for both.
    ['两地有关部门', chuanyu, ['重庆市:有关部门', '四川省:有关部门']],
    ['两地各级医保经办机构', chuanyu, ['重庆市:各级医保经办机构', '四川省:各级医保经办机构']],
    // One body of both, not one of each.
    ['两省市联合办公室', chuanyu, undefined],
    ['川渝两地联合工作专班', chuanyu, undefined],
    ['两省市相关单位', chuanyu, ['重庆市:相关单位', '四川省:相关单位']],
    ['两地区县政府', chuanyu, ['重庆市:区县政府', '四川省:区县政府']],
    // A count that is not the plan's number of places.
    ['三地商务部门', chuanyu, undefined],
    ['两省市发展改革委', places('永川区'), undefined],
    ['市发展改革委', chuanyu, undefined],
  ])('%s', (form, plan, expected) => {
    expect(eachSide(form, plan)?.map((s) => `${s.place.name}:${s.form}`)).toEqual(expected);
  });

  // The central bank's and the regulators' offices were renamed in July and August 2023: a plan names those of its day.
  it.each<[string, string, string[]]>([
    ['两地人民银行', '2024-03-15', ['重庆市:人行重庆市分行', '四川省:人行四川省分行']],
    ['两地人民银行', '2023-03-15', ['重庆市:人行重庆营管部', '四川省:人行成都分行']],
    ['两地外汇局', '2024-03-15', ['重庆市:国家外汇管理局重庆市分局', '四川省:国家外汇管理局四川省分局']],
    ['两地外汇局', '2023-03-15', ['重庆市:国家外汇管理局重庆外汇管理部', '四川省:国家外汇管理局四川省分局']],
    // 金融监管局 after the reform is the offices each province's name opens (重庆金融监管局); before it, each side's local
    // bureau under its own name (四川省地方金融监管局, no made-up 四川省金融监管局).
    ['两地金融监管局', '2024-03-15', ['重庆市:重庆金融监管局', '四川省:四川金融监管局']],
    ['两地金融监管局', '2023-03-15', ['重庆市:市金融监管局', '四川省:四川省地方金融监管局']],
  ])('%s in a plan signed %s', (form, signed, expected) => {
    expect(eachSide(form, chuanyu, defaultLineTable(), signed)?.map((s) => `${s.place.name}:${s.form}`)).toEqual(expected);
  });

  it('gives each side its own responsibility, paired across the line', () => {
    const r = resolveUnits(buildDoc({ jurisdictions: [CHONGQING, SICHUAN], items: [{ section: '二', number: '（一）', lists: ['川渝两地海关、两省市发展改革委'] }] }));
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit, x.jurisdiction])).toEqual([
      ['川渝两地海关', '重庆海关', '重庆市'],
      ['川渝两地海关', '成都海关', '四川省'],
      ['两省市发展改革委', '重庆市发展改革委', '重庆市'],
      ['两省市发展改革委', '四川省发展改革委', '四川省'],
    ]);
    expect(r.counterparts.map((p) => [p.a, p.b, p.basis])).toEqual([
      ['重庆海关', '成都海关', 'FUNCTIONAL_LINE'],
      ['重庆市发展改革委', '四川省发展改革委', 'FUNCTIONAL_LINE'],
    ]);
  });
});

describe('splitBracketName: a short or second name in brackets at the end of a unit', () => {
  it.each([
    ['市政府口岸物流办（市物流办）', { name: '市政府口岸物流办', short: '市物流办' }],
    ['市委网信办（市网信办）', { name: '市委网信办', short: '市网信办' }],
    // A bracket inside the name, or one that names no unit, is part of the name.
    ['中新（重庆）战略性互联互通示范项目管理局', { name: '中新（重庆）战略性互联互通示范项目管理局' }],
    ['重庆海关（含各隶属海关）', { name: '重庆海关（含各隶属海关）' }],
    // A bracket naming another body, not a short form of this one, is a second name: the unit is the one before it.
    ['市科技局（市知识产权局）', { name: '市科技局', second: '市知识产权局' }],
    ['省市场监管局（省知识产权局）', { name: '省市场监管局', second: '省知识产权局' }],
    ['市商务委（市自贸办）', { name: '市商务委', second: '市自贸办' }],
    // Some cities write the second name in 〔〕: one body, two plates, as in （）.
    ['市经信局〔市新经济委〕', { name: '市经信局', second: '市新经济委' }],
    ['市发改委〔市双城办〕', { name: '市发改委', second: '市双城办' }],
    ['市政府口岸物流办〔市物流办〕', { name: '市政府口岸物流办', short: '市物流办' }],
    // A centre's second name, and a centre's short name.
    ['省人才交流中心（省人力资源市场服务中心）', { name: '省人才交流中心', second: '省人力资源市场服务中心' }],
    ['市公共资源交易中心（市交易中心）', { name: '市公共资源交易中心', short: '市交易中心' }],
    // A bracket of another kind inside one of them is no second name.
    ['市商务委（市〔自贸〕办）', { name: '市商务委（市〔自贸〕办）' }],
    // A leading group's office is a long second name.
    ['省发展改革委（省推进成德眉资同城化发展领导小组办公室）', { name: '省发展改革委', second: '省推进成德眉资同城化发展领导小组办公室' }],
  ])('%s → %j', (written, expected) => {
    expect(splitBracketName(written)).toEqual(expected);
  });

  it('resolves a unit written with its second name in brackets to the unit before it, and pairs it on that one\'s line', () => {
    // 〔责任单位：省市场监管局（省知识产权局）、省商务厅；市市场监管局、市商务委（市自贸办）〕: the market regulators pair, as do
    // the commerce departments; neither written form makes a node of its own.
    const r = resolveUnits(
      buildDoc({
        jurisdictions: [SICHUAN, CHONGQING],
        items: [
          { section: '二', number: '（一）', lists: ['省市场监管局（省知识产权局）、省商务厅', '市市场监管局、市商务委（市自贸办）'] },
          { section: '二', number: '（二）', lists: ['省商务厅', '市商务委'] },
        ],
      }),
    );
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit, x.jurisdiction])).toEqual([
      ['省市场监管局（省知识产权局）', '四川省市场监管局', '四川省'],
      ['省商务厅', '四川省商务厅', '四川省'],
      ['市市场监管局', '重庆市市场监管局', '重庆市'],
      ['市商务委（市自贸办）', '重庆市商务委', '重庆市'],
      ['省商务厅', '四川省商务厅', '四川省'],
      ['市商务委', '重庆市商务委', '重庆市'],
    ]);
    expect(r.counterparts.filter((p) => p.itemKey === '二/（一）').map((p) => `${p.a}↔${p.b}:${p.line ?? p.basis}`)).toEqual([
      '四川省市场监管局↔重庆市市场监管局:market_regulation',
      '四川省商务厅↔重庆市商务委:commerce',
    ]);
    expect(r.units.map((u) => u.name).sort()).toEqual(['四川省商务厅', '四川省市场监管局', '重庆市商务委', '重庆市市场监管局']);
    const commerce = r.units.find((u) => u.name === '重庆市商务委');
    expect(commerce?.aliases).toEqual(expect.arrayContaining(['市商务委（市自贸办）', '重庆市商务委（市自贸办）']));
    // The second name alone is no alias: another plan may name 市自贸办 as a unit of its own.
    expect(commerce?.aliases).not.toContain('市自贸办');
    expect(r.units.find((u) => u.name === '四川省市场监管局')?.aliases).toEqual(expect.arrayContaining(['省市场监管局（省知识产权局）', '四川省市场监管局（省知识产权局）']));
  });

  it('resolves 市政府口岸物流办（市物流办） in a 重庆 list to the unit the seeds name 重庆市政府口岸物流办, the short name an alias', () => {
    const r = resolveUnits(buildDoc({ jurisdictions: [CHONGQING], items: [{ section: '二', number: '（一）', lists: ['市政府口岸物流办（市物流办）、重庆海关'] }] }));
    expect(r.responsibilities.map((x) => [x.asWritten, x.unit])).toEqual([
      ['市政府口岸物流办（市物流办）', '重庆市政府口岸物流办'],
      ['重庆海关', '重庆海关'],
    ]);
    expect(r.units.find((u) => u.name === '重庆市政府口岸物流办')?.aliases).toEqual(
      expect.arrayContaining(['市政府口岸物流办', '市政府口岸物流办（市物流办）', '市物流办', '重庆市物流办']),
    );
    expect(r.warnings).toEqual([]);
  });
});

describe('片区管委会 alone', () => {
  const LUZHOU = { name: '泸州市', level: 'CITY' as const, parent: '四川省' };
  const QINGBAIJIANG = { name: '青白江区', level: 'DISTRICT' as const, parent: '成都市' };
  const unitsOf = (title: string, jurisdiction: typeof LUZHOU | typeof QINGBAIJIANG) =>
    resolveUnits(buildDoc({ jurisdictions: [jurisdiction], title, items: [{ section: '一', number: '（一）', lists: ['片区管委会、川南临港片区管委会'] }] }));

  it("is the committee of the area the plan's title names, one node with the area's name written in full", () => {
    const r = unitsOf('关于印发中国（四川）自由贸易试验区川南临港片区深化改革创新实施方案的通知', LUZHOU);
    expect(r.responsibilities.map((x) => `${x.asWritten}=${x.unit}`)).toEqual(['片区管委会=川南临港片区管委会', '川南临港片区管委会=川南临港片区管委会']);
    // Every area's plan writes 片区管委会: no alias of one of them.
    expect(r.units.find((u) => u.name === '川南临港片区管委会')?.aliases).not.toContain('片区管委会');
  });

  it("is another area's committee in that area's plan, and stays as written in a plan that names no area", () => {
    expect(unitsOf('关于印发中国（四川）自由贸易试验区成都青白江铁路港片区提升方案的通知', QINGBAIJIANG).responsibilities[0]?.unit).toBe('成都青白江铁路港片区管委会');
    expect(unitsOf('关于印发泸州市开放型经济方案的通知', LUZHOU).responsibilities[0]?.unit).toBe('片区管委会');
  });
});

describe('shareEachSide', () => {
  it.each([
    // The later bare departments of a list share its first entry's 两地.
    [['两地招商投资部门', '商务部门'], ['两地招商投资部门', '两地商务部门']],
    [['川渝两地财政部门', '统计部门', '市商务委'], ['川渝两地财政部门', '川渝两地统计部门', '市商务委']],
    // A unit of its own (市商务委, 区统计部门) ends the run; no 两地 before, nothing shared.
    [['两地财政部门', '市统计部门', '商务部门'], ['两地财政部门', '市统计部门', '商务部门']],
    [['商务部门', '财政部门'], ['商务部门', '财政部门']],
    // A vertical line's bare office names no one office alone: each side's (两地人民银行、外汇局; 两地商务部门、海关).
    [['两地人民银行', '外汇局'], ['两地人民银行', '两地外汇局']],
    [['两地商务部门', '海关', '市商务委'], ['两地商务部门', '两地海关', '市商务委']],
    // An office named by its place is its own (西永海关), and so is a vertical office of one place (重庆海关).
    [['两地商务部门', '西永海关'], ['两地商务部门', '西永海关']],
    [['两地商务部门', '重庆海关', '海关'], ['两地商务部门', '重庆海关', '海关']],
  ])('%j → %j', (forms, expected) => {
    expect(shareEachSide(forms)).toEqual(expected);
  });
});
