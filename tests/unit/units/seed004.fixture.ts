import { buildDoc, YONGCHUAN } from './fixtures';

/**
 * Every row of the attachment table of seed/004 (永川府办发〔2022〕65号): 序号, the 责任单位 cell exactly as extracted
 * (stray spaces included: "人行 永川中心支行", "、 区商务委") and the canonical names expected, read off the
 * document: 区X is 永川区X; names that carry 永川 stay as written.
 */
export const ROWS: [number, string, string[]][] = [
  [1, '区经济信息委', ['永川区经济信息委']],
  [2, '人行永川中心支行、区金融办', ['人行永川中心支行', '永川区金融办']],
  [3, '区市场监管局', ['永川区市场监管局']],
  [4, '区市场监管局', ['永川区市场监管局']],
  [5, '区市场监管局', ['永川区市场监管局']],
  [6, '区市场监管局、 区商务委', ['永川区市场监管局', '永川区商务委']],
  [7, '区金融办、人行 永川中心支行、 永川银保监分局', ['永川区金融办', '人行永川中心支行', '永川银保监分局']],
  [8, '区税务局、人行 永川中心支行', ['永川区税务局', '人行永川中心支行']],
  [9, '区住房城乡建委', ['永川区住房城乡建委']],
  [10, '区人社保局', ['永川区人社保局']],
  [11, '区公安局', ['永川区公安局']],
  [12, '区法院', ['永川区法院']],
  [13, '区税务局', ['永川区税务局']],
  [14, '区规划自然资源局', ['永川区规划自然资源局']],
  [15, '人行永川中心支行', ['人行永川中心支行']],
  [16, '永川银保监分局', ['永川银保监分局']],
  [17, '人行永川中心支行、永川银保监分局、区金融办', ['人行永川中心支行', '永川银保监分局', '永川区金融办']],
  [18, '永川海关', ['永川海关']],
  [19, '永川银保监分局', ['永川银保监分局']],
  [20, '人行永川中心支行、永川银保监分局、区金融办', ['人行永川中心支行', '永川银保监分局', '永川区金融办']],
  [21, '区市场监管局', ['永川区市场监管局']],
  [22, '区税务局', ['永川区税务局']],
  [23, '永川高新区管委会、区科技局', ['永川高新区管委会', '永川区科技局']],
  [24, '区规划自然资源局', ['永川区规划自然资源局']],
  [25, '人行永川中心支行', ['人行永川中心支行']],
  [26, '区税务局', ['永川区税务局']],
  [27, '区法院', ['永川区法院']],
  [28, '人行永川中心支行', ['人行永川中心支行']],
  [29, '区市场监管局', ['永川区市场监管局']],
  [30, '永川海关', ['永川海关']],
  [31, '永川综保区筹办', ['永川综保区筹办']],
  [32, '区大数据发展局', ['永川区大数据发展局']],
  [33, '人行永川中心支行', ['人行永川中心支行']],
];

/** Each distinct unit of the table: [canonical name, line, kind, parent (the Chongqing unit of its line) or null]. */
export const UNITS_004: [string, string, string, string | null][] = [
  ['永川区经济信息委', 'industry_it', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市经济信息委'],
  ['人行永川中心支行', 'central_bank', 'VERTICAL_AGENCY', '人行重庆营管部'],
  ['永川区金融办', 'local_finance', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市金融监管局'],
  ['永川区市场监管局', 'market_regulation', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市市场监管局'],
  ['永川区商务委', 'commerce', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市商务委'],
  ['永川银保监分局', 'banking_regulation', 'VERTICAL_AGENCY', '重庆银保监局'],
  ['永川区税务局', 'taxation', 'VERTICAL_AGENCY', '重庆市税务局'],
  ['永川区住房城乡建委', 'housing_construction', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市住房城乡建委'],
  ['永川区人社保局', 'human_resources', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市人力社保局'],
  ['永川区公安局', 'public_security', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市公安局'],
  ['永川区法院', 'courts', 'COURT', '重庆市高法院'],
  ['永川区规划自然资源局', 'natural_resources', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市规划自然资源局'],
  ['永川海关', 'customs', 'VERTICAL_AGENCY', '重庆海关'],
  ['永川高新区管委会', 'park_authority', 'PARK_AUTHORITY', null],
  ['永川区科技局', 'science_technology', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市科技局'],
  ['永川综保区筹办', 'bonded_zone', 'OFFICE', null],
  ['永川区大数据发展局', 'big_data', 'LOCAL_GOVERNMENT_DEPARTMENT', '重庆市大数据发展局'],
];

export const DOC004_ISSUERS = ['重庆市永川区人民政府办公室'];

export function buildDoc004() {
  return buildDoc({
    jurisdictions: [YONGCHUAN],
    issuers: DOC004_ISSUERS,
    items: ROWS.map(([n, cell]) => ({ section: '附件', number: String(n), lists: [cell], kind: 'ATTACHMENT_ITEM' as const })),
  });
}
