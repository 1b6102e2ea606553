import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/ingestion/parser';
import type { ParsedDocument, ParsedItem } from '../../../src/model/parsed';

// Expected values below were written out by hand from seed/000_a6c520428239bded.txt.
const source = readFileSync(join(__dirname, '../../../seed/000_a6c520428239bded.txt'), 'utf8');
let doc: ParsedDocument;
beforeAll(() => {
  doc = parseDocument(source);
});

const measures = (): ParsedItem[] => doc.sections.flatMap((s) => s.items).filter((i) => i.kind === 'MEASURE');

describe('seed 000 — notice', () => {
  it('reads the header', () => {
    expect(doc.docNumber).toBe('渝府办发〔2023〕51号');
    expect(doc.issuers).toEqual(['重庆市人民政府办公厅', '四川省人民政府办公厅']);
    expect(doc.jurisdictions).toEqual([
      { name: '重庆市', level: 'MUNICIPALITY' },
      { name: '四川省', level: 'PROVINCE' },
    ]);
    expect(doc.title).toBe('关于印发川渝自贸试验区协同开放示范区深化改革创新行动方案（2023—2025年）的通知');
    expect(doc.recipients).toBe('重庆市各区县（自治县）、四川省各市（州）人民政府，重庆市政府和四川省政府各部门、各直属机构，有关单位：');
    expect(doc.signedOn).toBe('2023-06-28');
    expect(doc.publicRelease).toBe('（此件公开发布）');
    expect(doc.signatories).toEqual(['重庆市人民政府办公厅', '四川省人民政府办公厅']);
    expect(doc.printedOn).toBeUndefined();
    expect(doc.issuanceNote).toContain('现印发给你们，请认真贯彻执行。');
  });

  it('reads the plan title, period and preamble', () => {
    expect(doc.planTitle).toBe('川渝自贸试验区协同开放示范区深化改革创新行动方案');
    expect(doc.period).toBe('2023—2025');
    expect(doc.preamble).toMatch(/^为全面落实《成渝地区双城经济圈建设规划纲要》要求，.*特制定本方案。$/);
  });

  it('has no warnings', () => {
    expect(doc.warnings).toEqual([]);
  });
});

describe('seed 000 — outline', () => {
  it('has 7 sections of the right kinds', () => {
    expect(doc.sections.map((s) => [s.number, s.title, s.kind, s.items.length])).toEqual([
      ['一', '总体要求', 'GENERAL', 2],
      ['二', '高水平推动贸易投资便利化', 'TASKS', 5],
      ['三', '共同建设高效率国际物流枢纽', 'TASKS', 5],
      ['四', '共同打造高质量开放型产业体系', 'TASKS', 6],
      ['五', '联动建设高能级开放平台', 'TASKS', 3],
      ['六', '高标准打造国际化一流营商环境', 'TASKS', 5],
      ['七', '保障措施', 'GUARANTEES', 4],
    ]);
  });

  it('numbers the 24 measures （一）…（二十四） across sections', () => {
    const ms = measures();
    expect(ms).toHaveLength(24);
    expect(ms.map((m) => m.ordinal)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(ms[0]?.number).toBe('（一）');
    expect(ms[12]?.number).toBe('（十三）');
    expect(ms[23]?.number).toBe('（二十四）');
  });

  it('keeps the general and guarantee items separate, with their own numbering', () => {
    const general = doc.sections[0]?.items ?? [];
    expect(general.map((i) => [i.kind, i.number, i.title])).toEqual([
      ['GENERAL', '（一）', '指导思想'],
      ['GENERAL', '（二）', '发展目标'],
    ]);
    const guarantees = doc.sections[6]?.items ?? [];
    expect(guarantees.map((i) => [i.kind, i.number, i.title])).toEqual([
      ['GUARANTEE', '（一）', '健全工作推进机制'],
      ['GUARANTEE', '（二）', '共同争取赋能放权'],
      ['GUARANTEE', '（三）', '强化制度创新成果集成'],
      ['GUARANTEE', '（四）', '做好统计宣传工作'],
    ]);
    expect(guarantees.every((g) => g.unitLists.length === 0)).toBe(true);
  });

  it.each([
    [1, '开展贸易监管模式协同创新'],
    [2, '完善川渝国际贸易“单一窗口”功能'],
    [7, '共同拓展西部陆海新通道功能'],
    [10, '健全多式联运服务规则标准'],
    [17, '支持川渝自贸试验区协同改革先行区、联动创新区建设'],
    [24, '加强川渝自贸试验区司法协作'],
  ])('measure %i is titled %s', (ordinal, title) => {
    expect(measures()[ordinal - 1]?.title).toBe(title);
  });

  it('keeps the whole item as its text', () => {
    const m7 = measures()[6] as ParsedItem;
    expect(m7.text.startsWith('（七）共同拓展西部陆海新通道功能。共同争取西部陆海新通道培育政策')).toBe(true);
    expect(m7.text.endsWith('（责任单位：重庆市政府口岸物流办、市商务委、市交通局；四川省政府口岸物流办、省商务厅、省交通运输厅）')).toBe(true);
    expect(source.slice(m7.span.start, m7.span.end)).toBe(m7.text);
  });
});

const CQ = '重庆市';
const SC = '四川省';
const UNITS: Array<[string, string[], string[]]> = [
  ['（一）', ['重庆海关', '重庆银保监局'], ['成都海关', '四川银保监局']],
  ['（二）', ['重庆市政府口岸物流办', '重庆海关'], ['四川省政府口岸物流办', '成都海关']],
  ['（三）', ['重庆海关', '重庆市政府口岸物流办'], ['成都海关', '四川省政府口岸物流办']],
  ['（四）', ['重庆市金融监管局', '人行重庆营管部', '重庆银保监局', '重庆证监局'], ['四川省地方金融监管局', '人行成都分行', '四川银保监局', '四川证监局']],
  [
    '（五）',
    ['重庆市人力社保局', '市公安局', '市住房城乡建委', '市规划自然资源局', '市金融监管局'],
    ['四川省人力资源社会保障厅', '省公安厅', '省住房城乡建设厅', '省自然资源厅', '省地方金融监管局'],
  ],
  ['（六）', ['重庆市政府口岸物流办', '市邮政管理局', '市商务委', '重庆海关'], ['四川省政府口岸物流办', '省邮政管理局', '省商务厅', '成都海关']],
  ['（七）', ['重庆市政府口岸物流办', '市商务委', '市交通局'], ['四川省政府口岸物流办', '省商务厅', '省交通运输厅']],
  ['（八）', ['重庆市政府口岸物流办', '市商务委', '重庆海关', '重庆市税务局'], ['四川省政府口岸物流办', '省商务厅', '成都海关', '四川省税务局']],
  ['（九）', ['重庆市政府口岸物流办', '重庆海关', '民航重庆监管局'], ['四川省政府口岸物流办', '成都海关', '民航四川监管局']],
  [
    '（十）',
    ['重庆市政府口岸物流办', '市商务委', '市高法院', '重庆银保监局', '重庆铁路办事处'],
    ['四川省政府口岸物流办', '省商务厅', '省法院', '四川银保监局', '中铁成都局集团公司'],
  ],
  ['（十一）', ['重庆市经济信息委', '市发展改革委'], ['四川省经济和信息化厅', '省发展改革委']],
  ['（十二）', ['重庆市经济信息委', '市科技局'], ['四川省经济和信息化厅', '省科技厅']],
  [
    '（十三）',
    ['重庆市金融监管局', '市大数据发展局', '市发展改革委', '市中新项目管理局', '市通信管理局'],
    ['四川省地方金融监管局', '省大数据中心', '省发展改革委', '省通信管理局'],
  ],
  [
    '（十四）',
    ['重庆市经济信息委', '市科技局', '市商务委', '市发展改革委', '市药监局'],
    ['四川省经济和信息化厅', '省科技厅', '省商务厅', '省发展改革委', '省药监局'],
  ],
  ['（十五）', ['重庆市金融监管局', '人行重庆营管部', '重庆银保监局', '重庆证监局'], ['四川省地方金融监管局', '人行成都分行', '四川银保监局', '四川证监局']],
  ['（十六）', ['重庆市商务委'], ['四川省商务厅']],
  ['（十七）', ['重庆市商务委'], ['四川省商务厅']],
  ['（十八）', ['重庆市商务委', '重庆海关'], ['四川省商务厅', '成都海关']],
  ['（十九）', ['重庆市科技局', '市知识产权局', '市金融监管局'], ['四川省科技厅', '省知识产权中心', '省地方金融监管局']],
  ['（二十）', ['重庆市商务委', '市市场监管局'], ['四川省商务厅', '省市场监管局']],
  ['（二十一）', ['重庆市税务局', '市大数据发展局'], ['四川省税务局', '省大数据中心']],
  ['（二十二）', ['重庆市高法院', '市市场监管局', '市知识产权局'], ['四川省法院', '省市场监管局', '省知识产权中心']],
  ['（二十三）', ['重庆市发展改革委', '市市场监管局'], ['四川省发展改革委', '省市场监管局']],
  ['（二十四）', ['重庆市高法院', '市司法局'], ['四川省法院', '省司法厅']],
];

describe('seed 000 — responsible units', () => {
  it.each(UNITS)('measure %s names its Chongqing and Sichuan lists', (number, chongqing, sichuan) => {
    const m = measures().find((i) => i.number === number) as ParsedItem;
    expect(m.unitLists.map((l) => [l.index, l.jurisdiction, l.role, l.units.map((u) => u.asWritten)])).toEqual([
      [0, CQ, 'RESPONSIBLE', chongqing],
      [1, SC, 'RESPONSIBLE', sichuan],
    ]);
    for (const list of m.unitLists) {
      list.units.forEach((u, i) => {
        expect(u.position).toBe(i);
        expect(source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
      });
    }
  });
});

describe('seed 000 — mentions', () => {
  const names = (kind: string): string[] => [
    ...doc.mentions.filter((m) => m.kind === kind).map((m) => m.name),
    ...doc.sections.flatMap((s) => s.items.flatMap((i) => i.mentions.filter((m) => m.kind === kind).map((m) => m.name))),
  ];

  it('cites 《成渝地区双城经济圈建设规划纲要》 in the preamble', () => {
    expect(doc.mentions.filter((m) => m.kind === 'POLICY').map((m) => m.name)).toContain('《成渝地区双城经济圈建设规划纲要》');
  });

  it('names the agreements, a title and the abbreviation after it as one', () => {
    // （五）《海峡两岸经济合作框架协议》（ECFA）…《关于建立更紧密经贸关系的安排》（CEPA）; （二十）《全面与进步跨太平洋伙伴关系协定》
    // （CPTPP）、《区域全面经济伙伴关系协定》（RCEP）; TIR and GMS stand alone.
    expect(new Set(names('AGREEMENT'))).toEqual(
      new Set(['TIR', 'GMS', '《海峡两岸经济合作框架协议》', '《关于建立更紧密经贸关系的安排》', '《全面与进步跨太平洋伙伴关系协定》', '《区域全面经济伙伴关系协定》']),
    );
    const agreements = doc.sections.flatMap((s) => s.items.flatMap((i) => i.mentions.filter((m) => m.kind === 'AGREEMENT')));
    expect(Object.fromEntries(agreements.filter((m) => m.abbreviation).map((m) => [m.abbreviation, m.name]))).toEqual({
      ECFA: '《海峡两岸经济合作框架协议》',
      CEPA: '《关于建立更紧密经贸关系的安排》',
      CPTPP: '《全面与进步跨太平洋伙伴关系协定》',
      RCEP: '《区域全面经济伙伴关系协定》',
    });
  });

  it('names the joint conferences', () => {
    expect(names('MECHANISM')).toEqual(expect.arrayContaining(['国务院自由贸易试验区工作部际联席会议']));
    expect(names('MECHANISM').filter((n) => n.endsWith('联席会议'))).toHaveLength(2);
  });

  it('names platforms, channels and programmes', () => {
    expect(names('PLATFORM')).toEqual(
      expect.arrayContaining(['国际贸易“单一窗口”', '电子口岸卡', '中欧班列（成渝）', '西部陆海新通道', '中新（重庆）国际互联网数据专用通道', '西部陆海新通道跨区域综合运营平台']),
    );
  });

  it('names zones and ports', () => {
    expect(names('ZONE')).toEqual(expect.arrayContaining(['果园港', '泸州港', '重庆软件园', '成都天府软件园', '川渝自贸试验区']));
  });

  const item = (n: string): ParsedItem => doc.sections.flatMap((s) => s.items).find((i) => i.number === n && i.kind === 'MEASURE') as ParsedItem;

  it('gives one thing written two ways one name, keeping the form as written (line 39, line 51)', () => {
    // （二） writes 国际贸易“单一窗口” and, later, 川渝“单一窗口”.
    const windows = item('（二）').mentions.filter((m) => m.asWritten.includes('单一窗口'));
    expect(windows.map((m) => m.asWritten)).toEqual(['国际贸易“单一窗口”', '单一窗口']);
    expect(new Set(windows.map((m) => m.name))).toEqual(new Set(['国际贸易“单一窗口”']));
    const port = item('（八）').mentions.find((m) => m.asWritten === '重庆果园港');
    expect(port).toMatchObject({ kind: 'ZONE', name: '果园港', subtype: 'PORT' });
  });

  it('knows the one name in other quote marks too (国际贸易"单一窗口" is still 国际贸易“单一窗口”)', () => {
    const other = parseDocument(source.replace('国际贸易“单一窗口”', '国际贸易"单一窗口"'));
    const two = other.sections.flatMap((s) => s.items).find((i) => i.number === '（二）' && i.kind === 'MEASURE') as ParsedItem;
    const windows = two.mentions.filter((m) => m.asWritten.includes('单一窗口'));
    expect(windows.map((m) => [m.asWritten, m.name])).toEqual([
      ['国际贸易"单一窗口"', '国际贸易“单一窗口”'],
      ['单一窗口', '国际贸易“单一窗口”'],
    ]);
  });

  it('takes no verb into a name: 建设铁路口岸国际邮件互换中心 names no port (line 48)', () => {
    expect(item('（六）').mentions.filter((m) => m.kind === 'ZONE').map((m) => m.name)).toEqual([]);
  });

  it('keeps a span for every mention: the source there is the form as written', () => {
    for (const i of doc.sections.flatMap((s) => s.items)) {
      for (const m of i.mentions) expect(source.slice(m.span.start, m.span.end).replace(/\s+/g, '')).toBe(m.asWritten.replace(/\s+/g, ''));
    }
  });
});
