import { buildDoc, CHONGQING, SICHUAN } from './fixtures';

/**
 * Every measure of seed/000 (渝府办发〔2023〕51号): the two lists as written, the canonical names expected for
 * each (read off the document: 市X in 重庆's list is 重庆市X, 省X in 四川's list is 四川省X, names that carry a
 * place stay as written), the counterpart pairs by functional line and the units left without a partner.
 */
export interface Measure {
  section: string;
  number: string;
  chongqing: string;
  sichuan: string;
  cqNames: string[];
  scNames: string[];
  /** [重庆 unit, 四川 unit, line] — all pairs of 000 are by functional line. */
  pairs: [string, string, string][];
  unpaired?: string[];
}

export const MEASURES: Measure[] = [
  {
    section: '二', number: '（一）',
    chongqing: '重庆海关、重庆银保监局', sichuan: '成都海关、四川银保监局',
    cqNames: ['重庆海关', '重庆银保监局'], scNames: ['成都海关', '四川银保监局'],
    pairs: [['重庆海关', '成都海关', 'customs'], ['重庆银保监局', '四川银保监局', 'banking_regulation']],
  },
  {
    section: '二', number: '（二）',
    chongqing: '重庆市政府口岸物流办、重庆海关', sichuan: '四川省政府口岸物流办、成都海关',
    cqNames: ['重庆市政府口岸物流办', '重庆海关'], scNames: ['四川省政府口岸物流办', '成都海关'],
    pairs: [['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'], ['重庆海关', '成都海关', 'customs']],
  },
  {
    section: '二', number: '（三）',
    chongqing: '重庆海关、重庆市政府口岸物流办', sichuan: '成都海关、四川省政府口岸物流办',
    cqNames: ['重庆海关', '重庆市政府口岸物流办'], scNames: ['成都海关', '四川省政府口岸物流办'],
    pairs: [['重庆海关', '成都海关', 'customs'], ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics']],
  },
  {
    section: '二', number: '（四）',
    chongqing: '重庆市金融监管局、人行重庆营管部、重庆银保监局、重庆证监局',
    sichuan: '四川省地方金融监管局、人行成都分行、四川银保监局、四川证监局',
    cqNames: ['重庆市金融监管局', '人行重庆营管部', '重庆银保监局', '重庆证监局'],
    scNames: ['四川省地方金融监管局', '人行成都分行', '四川银保监局', '四川证监局'],
    pairs: [
      ['重庆市金融监管局', '四川省地方金融监管局', 'local_finance'],
      ['人行重庆营管部', '人行成都分行', 'central_bank'],
      ['重庆银保监局', '四川银保监局', 'banking_regulation'],
      ['重庆证监局', '四川证监局', 'securities_regulation'],
    ],
  },
  {
    section: '二', number: '（五）',
    chongqing: '重庆市人力社保局、市公安局、市住房城乡建委、市规划自然资源局、市金融监管局',
    sichuan: '四川省人力资源社会保障厅、省公安厅、省住房城乡建设厅、省自然资源厅、省地方金融监管局',
    cqNames: ['重庆市人力社保局', '重庆市公安局', '重庆市住房城乡建委', '重庆市规划自然资源局', '重庆市金融监管局'],
    scNames: ['四川省人力资源社会保障厅', '四川省公安厅', '四川省住房城乡建设厅', '四川省自然资源厅', '四川省地方金融监管局'],
    pairs: [
      ['重庆市人力社保局', '四川省人力资源社会保障厅', 'human_resources'],
      ['重庆市公安局', '四川省公安厅', 'public_security'],
      ['重庆市住房城乡建委', '四川省住房城乡建设厅', 'housing_construction'],
      ['重庆市规划自然资源局', '四川省自然资源厅', 'natural_resources'],
      ['重庆市金融监管局', '四川省地方金融监管局', 'local_finance'],
    ],
  },
  {
    section: '三', number: '（六）',
    chongqing: '重庆市政府口岸物流办、市邮政管理局、市商务委、重庆海关',
    sichuan: '四川省政府口岸物流办、省邮政管理局、省商务厅、成都海关',
    cqNames: ['重庆市政府口岸物流办', '重庆市邮政管理局', '重庆市商务委', '重庆海关'],
    scNames: ['四川省政府口岸物流办', '四川省邮政管理局', '四川省商务厅', '成都海关'],
    pairs: [
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'],
      ['重庆市邮政管理局', '四川省邮政管理局', 'post'],
      ['重庆市商务委', '四川省商务厅', 'commerce'],
      ['重庆海关', '成都海关', 'customs'],
    ],
  },
  {
    section: '三', number: '（七）',
    chongqing: '重庆市政府口岸物流办、市商务委、市交通局', sichuan: '四川省政府口岸物流办、省商务厅、省交通运输厅',
    cqNames: ['重庆市政府口岸物流办', '重庆市商务委', '重庆市交通局'],
    scNames: ['四川省政府口岸物流办', '四川省商务厅', '四川省交通运输厅'],
    pairs: [
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'],
      ['重庆市商务委', '四川省商务厅', 'commerce'],
      ['重庆市交通局', '四川省交通运输厅', 'transport'],
    ],
  },
  {
    section: '三', number: '（八）',
    chongqing: '重庆市政府口岸物流办、市商务委、重庆海关、重庆市税务局',
    sichuan: '四川省政府口岸物流办、省商务厅、成都海关、四川省税务局',
    cqNames: ['重庆市政府口岸物流办', '重庆市商务委', '重庆海关', '重庆市税务局'],
    scNames: ['四川省政府口岸物流办', '四川省商务厅', '成都海关', '四川省税务局'],
    pairs: [
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'],
      ['重庆市商务委', '四川省商务厅', 'commerce'],
      ['重庆海关', '成都海关', 'customs'],
      ['重庆市税务局', '四川省税务局', 'taxation'],
    ],
  },
  {
    section: '三', number: '（九）',
    chongqing: '重庆市政府口岸物流办、重庆海关、民航重庆监管局', sichuan: '四川省政府口岸物流办、成都海关、民航四川监管局',
    cqNames: ['重庆市政府口岸物流办', '重庆海关', '民航重庆监管局'],
    scNames: ['四川省政府口岸物流办', '成都海关', '民航四川监管局'],
    pairs: [
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'],
      ['重庆海关', '成都海关', 'customs'],
      ['民航重庆监管局', '民航四川监管局', 'civil_aviation'],
    ],
  },
  {
    section: '三', number: '（十）',
    chongqing: '重庆市政府口岸物流办、市商务委、市高法院、重庆银保监局、重庆铁路办事处',
    sichuan: '四川省政府口岸物流办、省商务厅、省法院、四川银保监局、中铁成都局集团公司',
    cqNames: ['重庆市政府口岸物流办', '重庆市商务委', '重庆市高法院', '重庆银保监局', '重庆铁路办事处'],
    scNames: ['四川省政府口岸物流办', '四川省商务厅', '四川省法院', '四川银保监局', '中铁成都局集团公司'],
    pairs: [
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'port_logistics'],
      ['重庆市商务委', '四川省商务厅', 'commerce'],
      ['重庆市高法院', '四川省法院', 'courts'],
      ['重庆银保监局', '四川银保监局', 'banking_regulation'],
      ['重庆铁路办事处', '中铁成都局集团公司', 'railway'],
    ],
  },
  {
    section: '四', number: '（十一）',
    chongqing: '重庆市经济信息委、市发展改革委', sichuan: '四川省经济和信息化厅、省发展改革委',
    cqNames: ['重庆市经济信息委', '重庆市发展改革委'], scNames: ['四川省经济和信息化厅', '四川省发展改革委'],
    pairs: [['重庆市经济信息委', '四川省经济和信息化厅', 'industry_it'], ['重庆市发展改革委', '四川省发展改革委', 'development_reform']],
  },
  {
    section: '四', number: '（十二）',
    chongqing: '重庆市经济信息委、市科技局', sichuan: '四川省经济和信息化厅、省科技厅',
    cqNames: ['重庆市经济信息委', '重庆市科技局'], scNames: ['四川省经济和信息化厅', '四川省科技厅'],
    pairs: [['重庆市经济信息委', '四川省经济和信息化厅', 'industry_it'], ['重庆市科技局', '四川省科技厅', 'science_technology']],
  },
  {
    section: '四', number: '（十三）',
    chongqing: '重庆市金融监管局、市大数据发展局、市发展改革委、市中新项目管理局、市通信管理局',
    sichuan: '四川省地方金融监管局、省大数据中心、省发展改革委、省通信管理局',
    cqNames: ['重庆市金融监管局', '重庆市大数据发展局', '重庆市发展改革委', '重庆市中新项目管理局', '重庆市通信管理局'],
    scNames: ['四川省地方金融监管局', '四川省大数据中心', '四川省发展改革委', '四川省通信管理局'],
    pairs: [
      ['重庆市金融监管局', '四川省地方金融监管局', 'local_finance'],
      ['重庆市大数据发展局', '四川省大数据中心', 'big_data'],
      ['重庆市发展改革委', '四川省发展改革委', 'development_reform'],
      ['重庆市通信管理局', '四川省通信管理局', 'telecoms'],
    ],
    unpaired: ['重庆市中新项目管理局'],
  },
  {
    section: '四', number: '（十四）',
    chongqing: '重庆市经济信息委、市科技局、市商务委、市发展改革委、市药监局',
    sichuan: '四川省经济和信息化厅、省科技厅、省商务厅、省发展改革委、省药监局',
    cqNames: ['重庆市经济信息委', '重庆市科技局', '重庆市商务委', '重庆市发展改革委', '重庆市药监局'],
    scNames: ['四川省经济和信息化厅', '四川省科技厅', '四川省商务厅', '四川省发展改革委', '四川省药监局'],
    pairs: [
      ['重庆市经济信息委', '四川省经济和信息化厅', 'industry_it'],
      ['重庆市科技局', '四川省科技厅', 'science_technology'],
      ['重庆市商务委', '四川省商务厅', 'commerce'],
      ['重庆市发展改革委', '四川省发展改革委', 'development_reform'],
      ['重庆市药监局', '四川省药监局', 'drug_regulation'],
    ],
  },
  {
    section: '四', number: '（十五）',
    chongqing: '重庆市金融监管局、人行重庆营管部、重庆银保监局、重庆证监局',
    sichuan: '四川省地方金融监管局、人行成都分行、四川银保监局、四川证监局',
    cqNames: ['重庆市金融监管局', '人行重庆营管部', '重庆银保监局', '重庆证监局'],
    scNames: ['四川省地方金融监管局', '人行成都分行', '四川银保监局', '四川证监局'],
    pairs: [
      ['重庆市金融监管局', '四川省地方金融监管局', 'local_finance'],
      ['人行重庆营管部', '人行成都分行', 'central_bank'],
      ['重庆银保监局', '四川银保监局', 'banking_regulation'],
      ['重庆证监局', '四川证监局', 'securities_regulation'],
    ],
  },
  {
    section: '四', number: '（十六）',
    chongqing: '重庆市商务委', sichuan: '四川省商务厅',
    cqNames: ['重庆市商务委'], scNames: ['四川省商务厅'],
    pairs: [['重庆市商务委', '四川省商务厅', 'commerce']],
  },
  {
    section: '五', number: '（十七）',
    chongqing: '重庆市商务委', sichuan: '四川省商务厅',
    cqNames: ['重庆市商务委'], scNames: ['四川省商务厅'],
    pairs: [['重庆市商务委', '四川省商务厅', 'commerce']],
  },
  {
    section: '五', number: '（十八）',
    chongqing: '重庆市商务委、重庆海关', sichuan: '四川省商务厅、成都海关',
    cqNames: ['重庆市商务委', '重庆海关'], scNames: ['四川省商务厅', '成都海关'],
    pairs: [['重庆市商务委', '四川省商务厅', 'commerce'], ['重庆海关', '成都海关', 'customs']],
  },
  {
    section: '五', number: '（十九）',
    chongqing: '重庆市科技局、市知识产权局、市金融监管局', sichuan: '四川省科技厅、省知识产权中心、省地方金融监管局',
    cqNames: ['重庆市科技局', '重庆市知识产权局', '重庆市金融监管局'],
    scNames: ['四川省科技厅', '四川省知识产权中心', '四川省地方金融监管局'],
    pairs: [
      ['重庆市科技局', '四川省科技厅', 'science_technology'],
      ['重庆市知识产权局', '四川省知识产权中心', 'intellectual_property'],
      ['重庆市金融监管局', '四川省地方金融监管局', 'local_finance'],
    ],
  },
  {
    section: '六', number: '（二十）',
    chongqing: '重庆市商务委、市市场监管局', sichuan: '四川省商务厅、省市场监管局',
    cqNames: ['重庆市商务委', '重庆市市场监管局'], scNames: ['四川省商务厅', '四川省市场监管局'],
    pairs: [['重庆市商务委', '四川省商务厅', 'commerce'], ['重庆市市场监管局', '四川省市场监管局', 'market_regulation']],
  },
  {
    section: '六', number: '（二十一）',
    chongqing: '重庆市税务局、市大数据发展局', sichuan: '四川省税务局、省大数据中心',
    cqNames: ['重庆市税务局', '重庆市大数据发展局'], scNames: ['四川省税务局', '四川省大数据中心'],
    pairs: [['重庆市税务局', '四川省税务局', 'taxation'], ['重庆市大数据发展局', '四川省大数据中心', 'big_data']],
  },
  {
    section: '六', number: '（二十二）',
    chongqing: '重庆市高法院、市市场监管局、市知识产权局', sichuan: '四川省法院、省市场监管局、省知识产权中心',
    cqNames: ['重庆市高法院', '重庆市市场监管局', '重庆市知识产权局'],
    scNames: ['四川省法院', '四川省市场监管局', '四川省知识产权中心'],
    pairs: [
      ['重庆市高法院', '四川省法院', 'courts'],
      ['重庆市市场监管局', '四川省市场监管局', 'market_regulation'],
      ['重庆市知识产权局', '四川省知识产权中心', 'intellectual_property'],
    ],
  },
  {
    section: '六', number: '（二十三）',
    chongqing: '重庆市发展改革委、市市场监管局', sichuan: '四川省发展改革委、省市场监管局',
    cqNames: ['重庆市发展改革委', '重庆市市场监管局'], scNames: ['四川省发展改革委', '四川省市场监管局'],
    pairs: [['重庆市发展改革委', '四川省发展改革委', 'development_reform'], ['重庆市市场监管局', '四川省市场监管局', 'market_regulation']],
  },
  {
    section: '六', number: '（二十四）',
    chongqing: '重庆市高法院、市司法局', sichuan: '四川省法院、省司法厅',
    cqNames: ['重庆市高法院', '重庆市司法局'], scNames: ['四川省法院', '四川省司法厅'],
    pairs: [['重庆市高法院', '四川省法院', 'courts'], ['重庆市司法局', '四川省司法厅', 'justice']],
  },
];

export const DOC000_ISSUERS = ['重庆市人民政府办公厅', '四川省人民政府办公厅'];

export function buildDoc000() {
  return buildDoc({
    jurisdictions: [CHONGQING, SICHUAN],
    issuers: DOC000_ISSUERS,
    items: MEASURES.map((m) => ({ section: m.section, number: m.number, lists: [m.chongqing, m.sichuan] })),
  });
}

