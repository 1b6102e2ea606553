import { classifyUnit, defaultLineTable, expandUnitName, findJurisdiction, normalizeUnitName, parentLink, type Jurisdiction } from '../../../src/ingestion/units';

const J = (name: string): Jurisdiction => {
  const j = findJurisdiction(name);
  if (!j) throw new Error(`no jurisdiction ${name}`);
  return j;
};

describe('normalizeUnitName', () => {
  it.each([
    ['人行 永川中心支行', '人行永川中心支行'],
    [' 区商务委', '区商务委'],
    ['区市场\u3000监管局', '区市场监管局'],
    ['中新（重庆）\u200b项目', '中新（重庆）项目'],
  ])('%j → %s', (written, expected) => {
    expect(normalizeUnitName(written)).toBe(expected);
  });
});

describe('expandUnitName: abbreviation by context', () => {
  it.each([
    ['市公安局', '重庆市', '重庆市公安局', '重庆市', 'CONTEXT_PREFIX'],
    ['市市场监管局', '重庆市', '重庆市市场监管局', '重庆市', 'CONTEXT_PREFIX'],
    ['省商务厅', '四川省', '四川省商务厅', '四川省', 'CONTEXT_PREFIX'],
    ['省市场监管局', '四川省', '四川省市场监管局', '四川省', 'CONTEXT_PREFIX'],
    ['区税务局', '永川区', '永川区税务局', '永川区', 'CONTEXT_PREFIX'],
    // A municipal unit named inside a district list: the municipality's abbreviation.
    ['市商务委', '永川区', '重庆市商务委', '重庆市', 'CONTEXT_PREFIX'],
    ['重庆市商务委', '重庆市', '重庆市商务委', '重庆市', 'CARRIED'],
    ['重庆海关', '重庆市', '重庆海关', '重庆市', 'CARRIED'],
    ['人行重庆营管部', '重庆市', '人行重庆营管部', '重庆市', 'CARRIED'],
    ['重庆银保监局', '重庆市', '重庆银保监局', '重庆市', 'CARRIED'],
    ['民航四川监管局', '四川省', '民航四川监管局', '四川省', 'CARRIED'],
    ['永川海关', '永川区', '永川海关', '永川区', 'CARRIED'],
    ['永川银保监分局', '永川区', '永川银保监分局', '永川区', 'CARRIED'],
    ['人行永川中心支行', '永川区', '人行永川中心支行', '永川区', 'CARRIED'],
    ['永川高新区管委会', '永川区', '永川高新区管委会', '永川区', 'CARRIED'],
    ['永川综保区筹办', '永川区', '永川综保区筹办', '永川区', 'CARRIED'],
    // A state-level new area is named as it is, not put under the list's municipality (重庆市两江新区管委会 is no name).
    ['两江新区管委会', '重庆市', '两江新区管委会', '重庆市', 'CARRIED'],
    // So is a body of the two provinces together, in either's list (重庆市成渝金融法院 and 四川省成渝金融法院 are no names).
    ['成渝金融法院', '重庆市', '成渝金融法院', '重庆市', 'KEPT'],
    ['成渝金融法院', '四川省', '成渝金融法院', '四川省', 'KEPT'],
    ['重庆市永川区人民政府办公室', '重庆市', '重庆市永川区人民政府办公室', '永川区', 'CARRIED'],
    // 市场监管局 opens with 市 but is not abbreviated: the list's jurisdiction is put in front.
    ['市场监管局', '重庆市', '重庆市市场监管局', '重庆市', 'PREFIXED'],
    // …whereas these do open with the abbreviation 市.
    ['市政府口岸物流办', '重庆市', '重庆市政府口岸物流办', '重庆市', 'CONTEXT_PREFIX'],
    ['市民政局', '重庆市', '重庆市民政局', '重庆市', 'CONTEXT_PREFIX'],
    ['省政府口岸物流办', '四川省', '四川省政府口岸物流办', '四川省', 'CONTEXT_PREFIX'],
  ])('%s in the list of %s → %s (%s, %s)', (written, list, name, jurisdiction, basis) => {
    const e = expandUnitName(written, J(list));
    expect([e.name, e.jurisdiction.name, e.basis]).toEqual([name, jurisdiction, basis]);
    expect(e.warning).toBeUndefined();
  });

  it('uses seat markers only for vertical lines: 成都海关 is Sichuan, written in either list', () => {
    expect(expandUnitName('成都海关', J('重庆市'), { vertical: true }).jurisdiction.name).toBe('四川省');
    expect(expandUnitName('中铁成都局集团公司', J('四川省'), { vertical: true })).toMatchObject({ name: '中铁成都局集团公司', basis: 'CARRIED' });
  });

  it('gives a regional administration over several provinces (民航西南地区管理局) to the State, above the provinces, with no parent', () => {
    const c = classifyUnit('民航西南地区管理局', J('成都市'));
    expect([c.name, c.jurisdiction.name, c.line?.key, c.basis]).toEqual(['民航西南地区管理局', '中国', 'civil_aviation', 'CARRIED']);
    // Not under 民航四川监管局: the regional administration is its superior.
    expect(parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }).parent).toBeUndefined();
  });

  it('keeps national names as written', () => {
    expect(expandUnitName('国家发展改革委', J('重庆市'))).toMatchObject({ name: '国家发展改革委', basis: 'CARRIED' });
    // Named 中国 as the parser names the national jurisdiction (data/jurisdictions.json), so both build one node.
    expect(expandUnitName('国家发展改革委', J('重庆市')).jurisdiction.name).toBe('中国');
  });

  it('warns when an abbreviation does not fit the list', () => {
    const e = expandUnitName('区商务委', J('四川省'));
    expect(e.name).toBe('四川省区商务委');
    expect(e.warning).toMatch(/abbreviation 区/);
  });
});

describe('classifyUnit', () => {
  it('places a body named after where it lies there in every plan (两路海关, 西永海关, 西永综保区管委会)', () => {
    expect(['两路海关', '西永海关', '西永综保区管委会'].map((n) => classifyUnit(n, J('重庆市')).jurisdiction.name)).toEqual(['渝北区', '沙坪坝区', '沙坪坝区']);
    expect(classifyUnit('两路海关', J('沙坪坝区')).jurisdiction.name).toBe('渝北区');
  });

  it.each([
    ['市级有关部门', '重庆市', '重庆市级有关部门', null, 'GENERIC'],
    ['省直有关部门', '四川省', '四川省直有关部门', null, 'GENERIC'],
    ['各区县政府', '重庆市', '重庆市各区县政府', null, 'GENERIC'],
    // 各镇人民政府、街道办事处: the second entry is "all the streets' offices", no one unit.
    ['街道办事处', '巴南区', '巴南区街道办事处', null, 'GENERIC'],
    // A place's government written in full is the one written short: one node.
    ['宜宾市人民政府', '四川省', '宜宾市政府', 'government', 'GOVERNMENT'],
    // A joint office of both sides, and a district's own office of that kind.
    ['两省市联合办公室', '重庆市', '两省市联合办公室', null, 'OFFICE'],
    ['区招商引资联合办公室', '永川区', '永川区招商引资联合办公室', null, 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['区人民政府', '永川区', '永川区政府', 'government', 'GOVERNMENT'],
    ['永川区政府', '永川区', '永川区政府', 'government', 'GOVERNMENT'],
    // Not a place's own government: kept as written.
    ['重庆市人民政府办公厅', '重庆市', '重庆市人民政府办公厅', 'government', 'GOVERNMENT'],
    // A port operating company: the port line, a state-owned enterprise.
    ['重庆珞璜港务有限公司', '江津区', '重庆珞璜港务有限公司', 'port_logistics', 'STATE_OWNED_ENTERPRISE'],
    ['人行 永川中心支行', '永川区', '人行永川中心支行', 'central_bank', 'VERTICAL_AGENCY'],
    ['区金融办', '永川区', '永川区金融办', 'local_finance', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆铁路办事处', '重庆市', '重庆铁路办事处', 'railway', 'OFFICE'],
    ['中铁成都局集团公司', '四川省', '中铁成都局集团公司', 'railway', 'STATE_OWNED_ENTERPRISE'],
    ['永川综保区筹办', '永川区', '永川综保区筹办', 'bonded_zone', 'OFFICE'],
    ['永川高新区管委会', '永川区', '永川高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['省知识产权中心', '四川省', '四川省知识产权中心', 'intellectual_property', 'PUBLIC_INSTITUTION'],
    ['市政务服务中心', '重庆市', '重庆市政务服务中心', 'government_services', 'PUBLIC_INSTITUTION'],
    // A centre of no known line: the kind rule for …中心.
    ['市会展服务中心', '重庆市', '重庆市会展服务中心', null, 'PUBLIC_INSTITUTION'],
    ['市机关事务局', '重庆市', '重庆市机关事务局', null, 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // Lines that newer plans name (a later audit): foreign affairs, public resources trading, companies.
    ['市外办', '重庆市', '重庆市外办', 'foreign_affairs', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // The Party committee's foreign-affairs office is a Party organ; statistics and publicity are lines of their own.
    ['省委外办', '四川省', '四川省委外办', 'foreign_affairs', 'PARTY_ORGAN'],
    ['市统计局', '重庆市', '重庆市统计局', 'statistics', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // The survey teams are the National Bureau of Statistics' own offices, a vertical line apart from the bureaus.
    ['国家统计局重庆调查总队', '重庆市', '国家统计局重庆调查总队', 'statistics_survey', 'VERTICAL_AGENCY'],
    ['国家统计局渝北调查队', '渝北区', '国家统计局渝北调查队', 'statistics_survey', 'VERTICAL_AGENCY'],
    ['重庆调查总队', '重庆市', '国家统计局重庆调查总队', 'statistics_survey', 'VERTICAL_AGENCY'],
    ['市调查总队', '重庆市', '国家统计局重庆调查总队', 'statistics_survey', 'VERTICAL_AGENCY'],
    // The Party committee's general office, its political-legal commission and its reform office are Party organs.
    ['市委办公厅', '重庆市', '重庆市委办公厅', null, 'PARTY_ORGAN'],
    ['市委政法委', '重庆市', '重庆市委政法委', null, 'PARTY_ORGAN'],
    ['市委深改委办公室', '重庆市', '重庆市委改革办', null, 'PARTY_ORGAN'],
    ['市委宣传部', '重庆市', '重庆市委宣传部', 'propaganda', 'PARTY_ORGAN'],
    ['市公共资源交易中心', '重庆市', '重庆市公共资源交易中心', 'public_resources', 'PUBLIC_INSTITUTION'],
    ['省教育厅', '四川省', '四川省教育厅', 'education', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['中国（四川）自由贸易试验区工作办公室', '四川省', '中国（四川）自由贸易试验区工作办公室', 'ftz_office', 'OFFICE'],
    ['重庆国际物流集团', '重庆市', '重庆国际物流集团', null, 'STATE_OWNED_ENTERPRISE'],
    // A bank's branch is the bank's (an enterprise), not a department; "the other banks" is no one unit.
    ['中国银行重庆市分行', '重庆市', '中国银行重庆市分行', null, 'STATE_OWNED_ENTERPRISE'],
    ['重庆农商行', '重庆市', '重庆农商行', null, 'STATE_OWNED_ENTERPRISE'],
    ['人行重庆营管部', '重庆市', '人行重庆营管部', 'central_bank', 'VERTICAL_AGENCY'],
    ['银行业金融机构', '重庆市', '重庆市银行业金融机构', null, 'GENERIC'],
    // Bodies named by themselves keep their names: no place glued in front (a name no document writes).
    ['西永综保区管委会', '沙坪坝区', '西永综保区管委会', 'bonded_zone', 'PARK_AUTHORITY'],
    ['川南临港片区管委会', '四川省', '川南临港片区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['西永海关', '沙坪坝区', '西永海关', 'customs', 'VERTICAL_AGENCY'],
    ['西部陆海新通道运营有限公司', '沙坪坝区', '西部陆海新通道运营有限公司', null, 'STATE_OWNED_ENTERPRISE'],
    ['团结村中心站', '沙坪坝区', '团结村中心站', null, 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // 成都's districts and county-level cities are places of their own, under 成都市.
    ['区商务局', '双流区', '双流区商务局', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['市商务局', '简阳市', '简阳市商务局', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['青白江区政府', '成都市', '青白江区政府', 'government', 'GOVERNMENT'],
    // A bare department of the list's place still takes its place.
    ['财政局', '永川区', '永川区财政局', 'finance', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // Offices of a Party committee: on their line, of their own kind.
    ['市委金融办', '重庆市', '重庆市委金融办', 'local_finance', 'PARTY_ORGAN'],
    ['区委金融办', '永川区', '永川区委金融办', 'local_finance', 'PARTY_ORGAN'],
    ['市委网信办', '重庆市', '重庆市委网信办', 'cyberspace', 'PARTY_ORGAN'],
    ['区委组织部', '永川区', '永川区委组织部', null, 'PARTY_ORGAN'],
    // The committees of the 2023 reforms: 委科技委 on science, 委金融委办公室 the long name of 委金融办 (one node).
    ['市委科技委', '重庆市', '重庆市委科技委', 'science_technology', 'PARTY_ORGAN'],
    ['省委科技委', '四川省', '四川省委科技委', 'science_technology', 'PARTY_ORGAN'],
    ['市委金融委办公室', '重庆市', '重庆市委金融办', 'local_finance', 'PARTY_ORGAN'],
    ['省委金融委员会办公室', '四川省', '四川省委金融办', 'local_finance', 'PARTY_ORGAN'],
    // A 四川 city's 港口与物流局 is a department on the port line; 行政审批部门 is government services.
    ['市港口与物流局', '泸州市', '泸州市港口与物流局', 'port_logistics', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['广安市行政审批部门', '广安市', '广安市行政审批部门', 'government_services', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // A city's intermediate court written short is the court under its full name.
    ['宜宾中院', '宜宾市', '宜宾市中级人民法院', 'courts', 'COURT'],
    ['市中院', '宜宾市', '宜宾市中级人民法院', 'courts', 'COURT'],
    // "Each district's government" with a place or an area in front is still no one unit.
    ['重庆市各区县政府', '重庆市', '重庆市各区县政府', null, 'GENERIC'],
    ['中心城区各区政府', '重庆市', '重庆市中心城区各区政府', null, 'GENERIC'],
    // 2020-era and short names: 市经济和信息化委 is 重庆市经济信息委; 政务服务办 and 网络理政办 are government services.
    ['市经济和信息化委', '重庆市', '重庆市经济信息委', 'industry_it', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['区政务服务办', '荣昌区', '荣昌区政务服务办', 'government_services', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['国家部委', '重庆市', '国家部委', null, 'GENERIC'],
    // The police's exit-entry bureau is on the public-security line.
    ['市公安局出入境管理局', '重庆市', '重庆市公安局出入境管理局', 'public_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // The working office of an area both provinces run is the area's own office, named as written.
    ['泸永江融合发展示范区联席会议办公室', '泸州市', '泸永江融合发展示范区联席会议办公室', null, 'OFFICE'],
    ['万达开川渝统筹发展示范区联席会议办公室', '万州区', '万达开川渝统筹发展示范区联席会议办公室', null, 'OFFICE'],
    // A count of cities (川南四市, 成德眉资四市) stands for no one unit.
    ['川南四市人民政府', '四川省', '四川省川南四市人民政府', null, 'GENERIC'],
    // Collective entries of later plans: never one unit, never paired.
    ['区县政府', '重庆市', '重庆市区县政府', null, 'GENERIC'],
    ['有关市（州）政府', '四川省', '四川省有关市（州）政府', null, 'GENERIC'],
    ['两地商务部门', '遂宁市', '遂宁市两地商务部门', null, 'GENERIC'],
    // A place's department named by its function is on that line (万州区、达州市、开州区商务主管部门 pair as commerce).
    ['达州市商务主管部门', '达州市', '达州市商务主管部门', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['区发展改革部门', '万州区', '万州区发展改革部门', 'development_reform', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['三地经济信息部门', '万州区', '万州区三地经济信息部门', null, 'GENERIC'],
    ['综保区所在区县政府', '重庆市', '重庆市综保区所在区县政府', null, 'GENERIC'],
    ['两省市发展改革委', '重庆市', '重庆市两省市发展改革委', null, 'GENERIC'],
    ['四市人民政府', '四川省', '四川省四市人民政府', null, 'GENERIC'],
    // Later audits: a 行政审批局 is a government-services office, an arbitration commission an institution.
    ['成都市政务服务管理和行政审批局', '四川省', '成都市政务服务管理和行政审批局', 'government_services', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆仲裁委员会', '江北区', '重庆仲裁委员会', null, 'PUBLIC_INSTITUTION'],
    ['市委社会工作部', '重庆市', '重庆市委社会工作部', null, 'PARTY_ORGAN'],
    // A district's department written with its formal name is the one written short, as the municipality's are.
    ['重庆市沙坪坝区商务委员会', '沙坪坝区', '沙坪坝区商务委', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆市沙坪坝区市场监督管理局', '沙坪坝区', '沙坪坝区市场监管局', 'market_regulation', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['区人力资源和社会保障局', '沙坪坝区', '沙坪坝区人力社保局', 'human_resources', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['省民政厅', '四川省', '四川省民政厅', 'civil_affairs', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆江津综合保税区管理委员会', '江津区', '江津综保区管委会', 'bonded_zone', 'PARK_AUTHORITY'],
    // A park area named alone is its managing committee, as a place alone is its government.
    ['两江新区', '重庆市', '两江新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['天府新区', '四川省', '四川天府新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['成都高新区', '成都市', '成都高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    // 万盛经开区 is governed by its 管委会; its offices spelled out (万盛经济技术开发区…) are the ones written short.
    ['万盛经开区', '重庆市', '万盛经开区管委会', 'government', 'GOVERNMENT'],
    ['重庆市万盛经济技术开发区管理委员会', '万盛经开区', '万盛经开区管委会', 'government', 'GOVERNMENT'],
    ['重庆市万盛经济技术开发区管理委员会办公室', '万盛经开区', '万盛经开区管委会办公室', 'government', 'GOVERNMENT'],
    ['万盛经济技术开发区商务局', '万盛经开区', '万盛经开区商务局', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆市万盛经济技术开发区商务局', '万盛经开区', '万盛经开区商务局', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['经开区经济信息局', '万盛经开区', '万盛经开区经济信息局', 'industry_it', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // One node per department however written: 医疗保障局 is 医保局 at every level; 重庆's intermediate courts written short.
    ['四川省医疗保障局', '四川省', '四川省医保局', 'medical_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['市医疗保障局', '重庆市', '重庆市医保局', 'medical_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['市医疗保障局', '遂宁市', '遂宁市医保局', 'medical_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['市二中法院', '重庆市', '重庆市第二中级人民法院', 'courts', 'COURT'],
    ['市三中院', '重庆市', '重庆市第三中级人民法院', 'courts', 'COURT'],
    // A district's police under the city bureau's official name is the 区公安分局 plans write; not for a place the city
    // does not hold (高新区 is no district of 重庆市) or a city that is not the district's.
    ['重庆市公安局渝北区分局', '渝北区', '渝北区公安分局', 'public_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['重庆市公安局渝北区分局', '重庆市', '渝北区公安分局', 'public_security', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['成都市公安局渝北区分局', '成都市', '成都市公安局渝北区分局', null, 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // The official names 2024 notices print for a city's or district's regulator and central-bank office are the short
    // forms plans write; not for a name that is no place.
    ['国家金融监督管理总局泸州监管分局', '泸州市', '泸州金融监管分局', 'banking_regulation', 'VERTICAL_AGENCY'],
    ['国家金融监督管理总局万州监管分局', '万州区', '万州金融监管分局', 'banking_regulation', 'VERTICAL_AGENCY'],
    ['国家金融监督管理总局永川监管分局', '重庆市', '永川金融监管分局', 'banking_regulation', 'VERTICAL_AGENCY'],
    ['中国人民银行泸州市分行', '泸州市', '人行泸州市分行', 'central_bank', 'VERTICAL_AGENCY'],
    ['中国人民银行永川中心支行', '永川区', '人行永川中心支行', 'central_bank', 'VERTICAL_AGENCY'],
    ['中国人民银行营业部支行', '重庆市', '中国人民银行营业部支行', 'central_bank', 'VERTICAL_AGENCY'],
    // A bureau of culture, tourism and sports is on culture and tourism.
    ['区文化旅游和体育局', '璧山区', '璧山区文化旅游和体育局', 'culture_tourism', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // 成都's districts' 经科信局 (经济科技和信息化局) is on industry and IT, one node however written.
    ['区经科信局', '青白江区', '青白江区经科信局', 'industry_it', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    ['区经济科技和信息化局', '青白江区', '青白江区经科信局', 'industry_it', 'LOCAL_GOVERNMENT_DEPARTMENT'],
    // A park's body written in full is the one plans write short, one node.
    ['永川高新技术产业开发区管理委员会', '永川区', '永川高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['永川综合保税区管理委员会', '永川区', '永川综保区管委会', 'bonded_zone', 'PARK_AUTHORITY'],
    ['泸州综合保税区管理局', '泸州市', '泸州综保区管理局', 'bonded_zone', 'OFFICE'],
    ['四川天府新区管理委员会', '四川省', '四川天府新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['重庆西永综合保税区管理委员会', '沙坪坝区', '西永综保区管委会', 'bonded_zone', 'PARK_AUTHORITY'],
    // A park's committee alone is its place's park's (one node per park); 新区 alone names none, nor does a province.
    ['高新区管委会', '重庆市', '重庆高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['高新区管委会', '成都市', '成都高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['高新区管委会', '璧山区', '璧山高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['高新区管委会', '四川省', '高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['高新区管委会', '青白江区', '高新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['新区管委会', '重庆市', '新区管委会', 'park_authority', 'PARK_AUTHORITY'],
    // A government's general office written short is the one written in full (the municipality's is its 办公厅).
    ['区府办', '江津区', '江津区政府办公室', 'government', 'GOVERNMENT'],
    ['区政府办', '江津区', '江津区政府办公室', 'government', 'GOVERNMENT'],
    ['市府办', '宜宾市', '宜宾市政府办公室', 'government', 'GOVERNMENT'],
    ['市府办', '重庆市', '重庆市人民政府办公厅', 'government', 'GOVERNMENT'],
    // Every department of a level is no one unit.
    ['区级各部门', '江津区', '江津区级各部门', null, 'GENERIC'],
    // A province's group written with 省 or 市 is the one plans write without it: one company.
    ['省港投集团', '四川省', '四川港投集团', 'port_logistics', 'STATE_OWNED_ENTERPRISE'],
    ['四川省机场集团', '成都市', '四川机场集团', null, 'STATE_OWNED_ENTERPRISE'],
    ['重庆市港务物流集团', '重庆市', '重庆港务物流集团', 'port_logistics', 'STATE_OWNED_ENTERPRISE'],
    // The railway police are a vertical line of their own, not a province's 公安 (成都铁路公安局 is no 四川省公安厅 body).
    ['成都铁路公安局', '四川省', '成都铁路公安局', 'railway_police', 'VERTICAL_AGENCY'],
    ['成都铁路公安局重庆公安处', '重庆市', '成都铁路公安局重庆公安处', 'railway_police', 'VERTICAL_AGENCY'],
    // An area's managing committee written after its free-trade zone is the one written without it.
    ['自贸试验区川南临港片区管委会', '泸州市', '川南临港片区管委会', 'park_authority', 'PARK_AUTHORITY'],
    ['中国（四川）自由贸易试验区川南临港片区管理委员会', '泸州市', '川南临港片区管委会', 'park_authority', 'PARK_AUTHORITY'],
    // A body named after where it lies is that place's in any plan (两路海关 in a 沙坪坝 list is still 渝北区's).
    ['两路海关', '沙坪坝区', '两路海关', 'customs', 'VERTICAL_AGENCY'],
    // Central bodies stationed in a place are no one unit.
    ['中央在渝单位', '重庆市', '重庆市中央在渝单位', null, 'GENERIC'],
    ['驻区单位', '万州区', '万州区驻区单位', null, 'GENERIC'],
  ])('%s (%s) → %s, line %s, kind %s', (written, list, name, line, kind) => {
    const c = classifyUnit(written, J(list));
    expect([c.name, c.line?.key ?? null, c.kind]).toEqual([name, line, kind]);
  });

  it('keeps a district police bureau\'s long name as its official name (重庆市公安局渝北区分局)', () => {
    expect(classifyUnit('重庆市公安局渝北区分局', J('渝北区')).officialName).toBe('重庆市公安局渝北区分局');
  });

  it('keeps a sub-office\'s official name as its official name (国家金融监督管理总局泸州监管分局, 中国人民银行泸州市分行)', () => {
    expect(classifyUnit('国家金融监督管理总局泸州监管分局', J('泸州市')).officialName).toBe('国家金融监督管理总局泸州监管分局');
    expect(classifyUnit('中国人民银行泸州市分行', J('泸州市')).officialName).toBe('中国人民银行泸州市分行');
    // The data file's official name stays the one it gives.
    expect(classifyUnit('国家金融监督管理总局永川监管分局', J('永川区')).officialName).toBe('国家金融监督管理总局永川监管分局');
  });

  it('makes no government office of a Party committee\'s and the government\'s offices written together (区委区府办)', () => {
    expect(classifyUnit('区委区府办', J('涪陵区')).name).not.toMatch(/政府办公室$/u);
  });

  it('warns about a unit on no known line', () => {
    expect(classifyUnit('市机关事务局', J('重庆市')).warnings).toEqual([
      '重庆市机关事务局: no functional line matches; add a pattern to data/functional-lines.json',
    ]);
  });

  it('is deterministic across lists and documents: 重庆市商务委 and 市商务委 are one name', () => {
    const table = defaultLineTable();
    expect(classifyUnit('重庆市商务委', J('重庆市'), table).name).toBe(classifyUnit('市商务委', J('重庆市'), table).name);
    expect(classifyUnit('市商务委', J('永川区'), table).name).toBe('重庆市商务委');
  });
});

describe('a government written in full', () => {
  it('keeps its full name as the official one, and the short one as its name', () => {
    const c = classifyUnit('宜宾市人民政府', J('四川省'));
    expect([c.name, c.officialName, c.jurisdiction.name]).toEqual(['宜宾市政府', '宜宾市人民政府', '宜宾市']);
  });
});

describe('a park area named after no place', () => {
  it('places 川南临港片区 in 泸州市, where it lies', () => {
    expect(classifyUnit('川南临港片区管委会', J('四川省')).jurisdiction.name).toBe('泸州市');
  });
});

