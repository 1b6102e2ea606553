import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/ingestion/parser';
import type { ParsedDocument, ParsedItem, ParsedSection } from '../../../src/model/parsed';

// Expected values below were written out by hand from seed/004_5a98e9d818adeed0.txt.
const source = readFileSync(join(__dirname, '../../../seed/004_5a98e9d818adeed0.txt'), 'utf8');
let doc: ParsedDocument;
beforeAll(() => {
  doc = parseDocument(source);
});
const section = (n: string): ParsedSection => doc.sections.find((s) => s.number === n) as ParsedSection;
/** Row 2's 改革事项 cell, written out from the seed (line 146), its <p> markup left out. */
const ROW_2_TEXT =
  '跨境金融区块链服务平台试点。选取“出口应收账款融资（发货后）”和“企业跨境信用信息授权查证”两个业务场景作为突破口，通过区块链数据不可篡改特性，把企业提交融资申请、融资受理、融资审核、放款登记整个业务流程放在平台上进行管理。将出口贸易融资中核心单据“出口报关单”信息通过区块链系统进行查验，验证单据的真实性，自动计算对应报关单的可融资余额，防止重复融资和超额融资，同时融资效率大大提高。';
const row = (n: number): ParsedItem => section('附件').items.find((i) => i.number === String(n)) as ParsedItem;

describe('seed 004 — notice', () => {
  it('reads the header and the end matter', () => {
    expect(doc.docNumber).toBe('永川府办发〔2022〕65号');
    expect(doc.issuers).toEqual(['重庆市永川区人民政府办公室']);
    expect(doc.jurisdictions).toEqual([{ name: '永川区', level: 'DISTRICT', parent: '重庆市' }]);
    expect(doc.title).toBe('关于印发中国（重庆）自由贸易试验区（永川高新技术产业开发区）联动创新区建设实施方案的通知');
    expect(doc.recipients).toBe('各镇人民政府、街道办事处，区政府有关部门，有关单位：');
    expect(doc.signedOn).toBe('2022-05-27');
    expect(doc.printedOn).toBe('2022-05-30');
    expect(doc.printedBy).toBe('重庆市永川区人民政府办公室');
    expect(doc.publicRelease).toBe('（此件公开发布）');
    expect(doc.copiedTo).toBe('区委办，区人大办，区政协办。');
    expect(doc.attachmentTitles).toEqual(['中国（重庆）自由贸易试验区永川高新技术产业开发区联动创新区拟复制推广改革试点及新经验清单']);
  });

  it('reads the plan title and preamble', () => {
    expect(doc.planTitle).toBe('中国（重庆）自由贸易试验区（永川高新技术产业开发区）联动创新区建设实施方案');
    expect(doc.period).toBeUndefined();
    expect(doc.preamble).toMatch(/^为认真贯彻落实《关于印发中国（重庆）自由贸易试验区联动创新区建设方案的通知》.*特制定方案如下：$/);
  });

  it('cites the documents of the preamble and of measure 三（二） with their numbers', () => {
    const cited = [...doc.mentions, ...doc.sections.flatMap((s) => s.items.flatMap((i) => i.mentions))].filter((m) => m.docNumber).map((m) => m.docNumber);
    expect(cited).toEqual(expect.arrayContaining(['渝自贸办〔2021〕3号', '渝自贸办〔2021〕5号', '渝府〔2019〕3号', '渝府发〔2017〕39号']));
    const policy = section('三').items[1]?.mentions.find((m) => m.docNumber === '渝府〔2019〕3号');
    expect(policy?.name).toBe('《重庆市人民政府关于贯彻落实国务院支持自由贸易试验区深化改革创新若干措施的通知》');
  });

  it('places every line', () => {
    expect(doc.warnings).toEqual([]);
  });
});

describe('seed 004 — outline', () => {
  it('has sections 一…四 and the attachment', () => {
    expect(doc.sections.map((s) => [s.number, s.title, s.kind, s.items.length])).toEqual([
      ['一', '总体要求', 'GENERAL', 3],
      ['二', '区位布局', 'GENERAL', 2],
      ['三', '主要任务及措施', 'TASKS', 5],
      ['四', '保障机制', 'GUARANTEES', 6],
      ['附件', '中国（重庆）自由贸易试验区永川高新技术产业开发区联动创新区拟复制推广改革试点及创新经验清单', 'ATTACHMENT', 33],
    ]);
  });

  it('takes headings on their own line as titles', () => {
    expect(section('一').items.map((i) => i.title)).toEqual(['指导思想', '发展定位', '发展目标']);
    expect(section('二').items.map((i) => i.title)).toEqual(['实施范围', '功能划分']);
    expect(section('三').items.map((i) => [i.kind, i.title])).toEqual([
      ['MEASURE', '加强成果复制推广'],
      ['MEASURE', '不断深化制度创新'],
      ['MEASURE', '推进产业开放协同联动'],
      ['MEASURE', '促进区域互联互通'],
      ['MEASURE', '深化“放管服”改革'],
    ]);
    expect(section('四').items.map((i) => [i.kind, i.title])).toEqual([
      ['GUARANTEE', '加强组织领导'],
      ['GUARANTEE', '强化责任落实'],
      ['GUARANTEE', '建立健全联动机制'],
      ['GUARANTEE', '完善配套政策措施'],
      ['GUARANTEE', '强化法制保障'],
      ['GUARANTEE', '总结推广可复制的改革创新经验'],
    ]);
  });

  it.each([
    ['一', 1, '实现与重庆自贸区创新联动、政策联动、产业联动'],
    ['一', 2, '物资分拨等功能于一体的货运港口'],
    ['二', 1, '与国际接轨，有效拓展教师国际视野'],
    ['三', 0, '按照自贸试验区永川联动创新区功能定位'],
    ['三', 1, '现代服务业等产业联动招商。'],
    ['三', 3, '中欧国际铁路联运通道，发展国际铁路联运'],
    ['三', 4, '实施全程电子化登记和电子营业执照管理'],
    ['四', 1, '金融创新与开放、综合监管等领域'],
    ['四', 4, '与国家、市级相关法律法规的衔接工作'],
  ])('rejoins the paragraph of %s item %i broken by a page break', (n, index, passage) => {
    expect(section(n).items[index]?.text).toContain(passage);
  });

  it('keeps the heading and the paragraphs of an item', () => {
    const item = section('一').items[0] as ParsedItem;
    expect(item.text.startsWith('（一）指导思想\n以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(item.text.endsWith('助推永川经济高质量发展。')).toBe(true);
  });

  it('finds the targets of 发展目标 with their years', () => {
    const targets = (section('一').items[2] as ParsedItem).targets.map((t) => ({
      year: t.year,
      quantity: t.quantity,
      unit: t.unit,
      comparator: t.comparator,
      subject: t.subject,
    }));
    expect(targets).toEqual([
      { year: 2023, quantity: 5, unit: '个', comparator: '以上', subject: '项目和案例' },
      { year: 2025, quantity: 3, unit: '个', comparator: '以上', subject: '创新案例' },
      { year: 2025, quantity: 5, unit: '条', comparator: '以上', subject: '创新试点经验' },
    ]);
    const second = (section('一').items[2] as ParsedItem).targets[1];
    expect(second?.text).toBe('到 2025 年，力争提供创新案例 3 个以上');
    expect(source.slice(second?.span.start, second?.span.end)).toBe(second?.text);
  });

  it('finds no targets in descriptions without a goal (12 个智慧应用, 50% 以上)', () => {
    expect(row(9).targets).toEqual([]);
    expect(row(28).targets).toEqual([]);
  });
});

const ROW_UNITS: string[][] = [
  ['区经济信息委'],
  ['人行永川中心支行', '区金融办'],
  ['区市场监管局'],
  ['区市场监管局'],
  ['区市场监管局'],
  ['区市场监管局', '区商务委'],
  ['区金融办', '人行 永川中心支行', '永川银保监分局'],
  ['区税务局', '人行 永川中心支行'],
  ['区住房城乡建委'],
  ['区人社保局'],
  ['区公安局'],
  ['区法院'],
  ['区税务局'],
  ['区规划自然资源局'],
  ['人行永川中心支行'],
  ['永川银保监分局'],
  ['人行永川中心支行', '永川银保监分局', '区金融办'],
  ['永川海关'],
  ['永川银保监分局'],
  ['人行永川中心支行', '永川银保监分局', '区金融办'],
  ['区市场监管局'],
  ['区税务局'],
  ['永川高新区管委会', '区科技局'],
  ['区规划自然资源局'],
  ['人行永川中心支行'],
  ['区税务局'],
  ['区法院'],
  ['人行永川中心支行'],
  ['区市场监管局'],
  ['永川海关'],
  ['永川综保区筹办'],
  ['区大数据发展局'],
  ['人行永川中心支行'],
];

describe('seed 004 — attachment table', () => {
  it('has 33 rows numbered 1…33', () => {
    expect(section('附件').items.map((i) => [i.kind, i.number, i.ordinal])).toEqual(ROW_UNITS.map((_, i) => ['ATTACHMENT_ITEM', String(i + 1), i + 1]));
  });

  it.each(ROW_UNITS.map((units, i) => [i + 1, units] as const))('row %i names its units as written', (n, units) => {
    const r = row(n);
    expect(r.unitLists).toHaveLength(1);
    expect(r.unitLists[0]?.jurisdiction).toBe('永川区');
    expect(r.unitLists[0]?.index).toBe(0);
    expect(r.unitLists[0]?.units.map((u) => u.asWritten)).toEqual(units);
    for (const u of r.unitLists[0]?.units ?? []) expect(source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
  });

  it.each([
    [4, '依托信用中国、信用重庆，以大数据为支撑，依法依规归集', '领域实施差异化监管。'],
    [9, '二是开发一批智慧应用，实现功能集聚。根据建筑工地管理要求', '推动“智慧工地”落地落实。'],
    [11, '为自贸试验区创新发展持续吸纳', '服务企业业、拴心留人。'],
    [17, '结合实体经济发展需求，积极开展', '发挥了积极的示范引领作用。'],
    [22, '四是设立新手套餐，符合条件的企业开办首次申领发票', '行政审批大提速。'],
    [25, '目前，较多“一带一路”国家的货币存在外汇管制', '“一揽子”金融服务。'],
    [27, '加强指导调解，通过集中培训', '一体化在线诉讼程序。'],
  ])('row %i is rejoined exactly at its page break', (n, passage, ending) => {
    const r = row(n);
    expect(r.text).toContain(passage);
    expect(r.text.endsWith(ending)).toBe(true);
    expect(r.text).not.toMatch(/<\/?p>|\t|\n/);
  });

  it.each([
    [1, '“新一代信息技术+制造业”工业互联网平台新模式'],
    [2, '跨境金融区块链服务平台试点'],
    [5, '“四新经济”审慎监管机制'],
    [8, '退税办理”全程电子退库系统”'],
    [13, '增值税申报“一表集成”新模式'],
    [33, '“单一窗口”线上贸易外汇结算模式'],
  ])('row %i is titled %s (as written)', (n, title) => {
    expect(row(n).title).toBe(title);
  });

  it('gives platforms written short their one name, the form as written kept (rows 31–33)', () => {
    const platform = (n: number, written: string) => row(n).mentions.find((m) => m.kind === 'PLATFORM' && m.asWritten === written);
    expect(platform(31, '陆海新通道')?.name).toBe('西部陆海新通道');
    expect(platform(32, '中新数据通道')?.name).toBe('中新（重庆）国际互联网数据专用通道');
    expect(platform(32, '中新（重庆）国际互联网数据专用通道')?.name).toBe('中新（重庆）国际互联网数据专用通道');
    expect(platform(33, '单一窗口')?.name).toBe('国际贸易“单一窗口”');
  });

  it('keeps <重庆市人才服务证实施细则> inside 《》 and drops the <p> markup', () => {
    expect(row(10).text).toContain('《关于印发<重庆市人才服务证实施细则>的通知》');
    expect(row(10).mentions.map((m) => m.name)).toContain('《关于印发<重庆市人才服务证实施细则>的通知》');
    for (const r of section('附件').items) expect(r.text).not.toMatch(/<\/?p>/);
  });

  it('keeps the text as written otherwise (space after 。, 5G, wrapped numbers)', () => {
    expect(row(5).text).toBe('“四新经济”审慎监管机制。 按照市级层面制定“四新”经济审慎监管机制的相关政策，结合永川区实际执行落实。');
    expect(row(1).text).toContain('一是提升 5G 基站等通信基础设施');
  });

  it('keeps each row as a table row of three cells under the headers 序号 / 改革事项 / 责任单位, with no deadline', () => {
    expect(row(2).table).toEqual({
      cells: [
        { header: '序号', role: 'NUMBER', text: '2' },
        { header: '改革事项', role: 'TEXT', text: ROW_2_TEXT },
        { header: '责任单位', role: 'UNITS', text: '人行永川中心支行、区金融办' },
      ],
    });
    expect(row(2).text).toBe(ROW_2_TEXT);
    // Row 4's cell rejoined across the page break (…以大数据 | 为支撑…).
    const cell4 = row(4).table?.cells[1]?.text ?? '';
    expect(cell4.startsWith('市场主体信用风险分类监管模式。依托信用中国、信用重庆，以大数据为支撑，依法依规归集')).toBe(true);
    expect(cell4.endsWith('领域实施差异化监管。')).toBe(true);
    for (const r of section('附件').items) expect(r.table?.cells.map((c) => c.header)).toEqual(['序号', '改革事项', '责任单位']);
  });

  it('maps spans of rows into the source, page-break gap included', () => {
    const r = row(4);
    const slice = source.slice(r.span.start, r.span.end);
    expect(slice.startsWith('4\t<p>市场主体信用风险分类监管模式')).toBe(true);
    expect(slice.endsWith('实施差异化监管。')).toBe(true);
    const platform = row(2).mentions.find((m) => m.name === '跨境金融区块链服务平台');
    expect(platform && source.slice(platform.span.start, platform.span.end)).toBe('跨境金融区块链服务平台');
  });
});

describe('seed 004 — zones', () => {
  const zones = (n: string, i: number): Array<[string, string]> =>
    (section(n).items[i]?.mentions ?? []).filter((m) => m.kind === 'ZONE').map((m) => [m.asWritten, m.name]);

  it('三（三） line 87: 联动 is a verb, not part of 两江新区 or of its parks', () => {
    const found = zones('三', 2);
    expect(found).toEqual(expect.arrayContaining([['两江新区互联网产业园', '两江新区互联网产业园'], ['数字经济产业园', '数字经济产业园'], ['两江新区服务贸易产业园', '两江新区服务贸易产业园']]));
    expect(found.filter(([w]) => w.startsWith('联动') || w === '贸易产业园')).toEqual([]);
  });

  it('三（一） line 73: 国务院 is no part of a zone; the 联动创新区 has one name however written', () => {
    expect(zones('三', 0).filter(([w]) => w.startsWith('国务院'))).toEqual([]);
    expect(zones('三', 0)).toContainEqual(['自贸试验区永川联动创新区', '永川联动创新区']);
  });

  it('三（二） line 81: 探索突出自贸试验区永川联动创新区 names the 永川联动创新区', () => {
    expect(zones('三', 1)).toContainEqual(['自贸试验区永川联动创新区', '永川联动创新区']);
    expect(zones('三', 1).filter(([w]) => w.startsWith('突出'))).toEqual([]);
  });

  it('一（二） calls the free trade zone 重庆自贸区, 三 重庆自贸试验区: one zone', () => {
    expect(zones('一', 1)).toContainEqual(['重庆自贸区', '重庆自贸试验区']);
    expect(zones('三', 0).map(([, n]) => n)).toContain('重庆自贸试验区');
  });
});
