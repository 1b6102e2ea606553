import { basisLabel, briefRows, briefTitle, CSV_COLUMNS, csvField, csvLine, mdCell, mdQuote, measureLabel, toCsv, toMarkdown } from '../../../src/briefs/brief.format';
import type { BriefData, BriefMeasure } from '../../../src/briefs/brief.model';
import { toBriefRequest } from '../../../src/briefs/brief.request';
import { AppError } from '../../../src/errors';

const customs: BriefMeasure = {
  id: 'doc:渝府办发〔2023〕51号/二/（一）',
  documentNumber: '渝府办发〔2023〕51号',
  planTitle: '川渝自贸试验区协同开放示范区深化改革创新行动方案',
  sectionNumber: '二',
  sectionTitle: '高水平推动贸易投资便利化',
  number: '（一）',
  title: '开展贸易监管模式协同创新',
  text: '（一）开展贸易监管模式协同创新。持续推广应用“关银一key通”川渝一体化模式。（责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）',
  source: { start: 770, end: 974, excerpt: '（一）开展贸易监管模式协同创新。持续推广应用“关银一key通”川渝一体化模式。（责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）' },
  units: [],
  pairings: [
    { a: { name: '重庆海关', asWritten: '重庆海关', jurisdiction: '重庆市' }, b: { name: '成都海关', asWritten: '成都海关', jurisdiction: '四川省' }, basis: 'FUNCTIONAL_LINE', line: 'customs' },
    { a: { name: '重庆市商务委', asWritten: '市商务委', jurisdiction: '重庆市' }, b: null, basis: null, line: null },
  ],
};

const attachmentRow: BriefMeasure = {
  ...customs,
  id: 'doc:永川府办发〔2022〕65号/附件/13',
  documentNumber: '永川府办发〔2022〕65号',
  planTitle: null,
  sectionNumber: '附件',
  number: '13',
  title: '增值税申报“一表集成”新模式',
  // A quote, a comma and a line break: every character RFC 4180 says needs quoting.
  text: '第一段，含"引号"\n第二段|竖线',
  source: { start: 9437, end: 9619, excerpt: '13\t第一段' },
  pairings: [],
};

const data: BriefData = {
  request: { kind: 'jurisdictions', jurisdictions: ['重庆市', '四川省'], document: null },
  sides: ['重庆市', '四川省'],
  platforms: [],
  measures: [customs, attachmentRow],
};

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with a quote, comma or line break, doubling quotes', () => {
    expect(csvField('重庆海关')).toBe('重庆海关');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",');
  });

  it('writes a header, one CRLF-terminated line per pairing, and reads back field for field', () => {
    const csv = toCsv(data);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // two pairings of （一） and one line for the attachment row that has none
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    expect(rows[1]?.[col('unit_a')]).toBe('重庆海关');
    expect(rows[1]?.[col('unit_b')]).toBe('成都海关');
    expect(rows[1]?.[col('basis')]).toBe('FUNCTIONAL_LINE');
    expect(rows[2]?.[col('as_written_a')]).toBe('市商务委');
    expect(rows[2]?.[col('basis')]).toBe('NONE');
    expect(rows[3]?.[col('measure_text')]).toBe(attachmentRow.text);
    expect(rows[3]?.[col('source_excerpt')]).toBe('13\t第一段');
    expect(briefRows(data)).toHaveLength(3);
  });

  it('starts with a BOM only when asked (for Excel)', () => {
    expect(toCsv(data).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(data, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('Markdown', () => {
  const md = toMarkdown(data);

  it('has the bilingual title, the counts and one section per measure', () => {
    expect(md.startsWith('# 会商简报：重庆市 × 四川省 · Meeting brief: 重庆市 × 四川省\n')).toBe(true);
    expect(md).toContain('共同措施 Shared measures: 2');
    expect(md).toContain('配对 Pairings: 1（同一条线 same functional line 1）');
    expect(md).toContain('## 1. 渝府办发〔2023〕51号 二、（一） 开展贸易监管模式协同创新');
    expect(md).toContain('## 2. 永川府办发〔2022〕65号 附件 13 增值税申报“一表集成”新模式');
  });

  it('tables the pairings with their basis and the written form when it differs', () => {
    expect(md).toContain('| 重庆市 | 四川省 | 配对依据 Basis | 条线 Line |');
    expect(md).toContain('| 重庆海关 | 成都海关 | 同一条线 same functional line | customs |');
    expect(md).toContain('| 重庆市商务委（写作 市商务委） | — | 无对口单位 no counterpart |  |');
    expect(md).toContain('| — | — | 无责任单位 no responsible units | |');
  });

  it('quotes the text line by line, and the source excerpt only when it differs from the text', () => {
    expect(md).toContain(`> ${customs.text}`);
    expect(md).toContain('> 第一段，含"引号"\n> 第二段|竖线');
    expect(md.match(/原文摘录 Source excerpt/g)).toHaveLength(1);
    expect(md).toContain('出处 Source: 渝府办发〔2023〕51号, offsets 770–974 · `doc:渝府办发〔2023〕51号/二/（一）`');
  });

  it('says so when nothing matches', () => {
    expect(toMarkdown({ ...data, measures: [] })).toContain('No measures match.');
  });

  it('escapes table cells and keeps blank lines inside a quote', () => {
    expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(mdQuote('一\n\n二')).toBe('> 一\n>\n> 二');
  });
});

describe('labels and titles', () => {
  it('cites outline items with 、 and attachment rows with a space', () => {
    expect(measureLabel(customs)).toBe('二、（一）');
    expect(measureLabel(attachmentRow)).toBe('附件 13');
    expect(measureLabel({ ...customs, sectionNumber: null })).toBe('（一）');
  });

  it('titles each kind of brief', () => {
    expect(briefTitle({ ...data, request: { kind: 'units', units: ['重庆海关', '重庆市政府口岸物流办'], document: '渝府办发〔2023〕51号' } })).toBe(
      '会商简报：重庆海关 × 重庆市政府口岸物流办（渝府办发〔2023〕51号） · Meeting brief: 重庆海关 × 重庆市政府口岸物流办',
    );
    expect(briefTitle({ ...data, request: { kind: 'platform', platform: '单一窗口', document: null } })).toBe('会商简报：单一窗口 · Meeting brief: platform 单一窗口');
    expect(basisLabel('POSITION')).toBe('名单位置 list position');
    expect(basisLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

describe('toBriefRequest', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return e instanceof AppError ? e.code : 'not an AppError';
    }
    return undefined;
  };

  it('takes exactly one subject', () => {
    expect(toBriefRequest({ jurisdictions: ['重庆市', ' 四川省 '] })).toEqual({ kind: 'jurisdictions', jurisdictions: ['重庆市', '四川省'], document: null });
    expect(toBriefRequest({ units: ['重庆海关', '成都海关'], document: '渝府办发〔2023〕51号' })).toEqual({ kind: 'units', units: ['重庆海关', '成都海关'], document: '渝府办发〔2023〕51号' });
    expect(toBriefRequest({ platform: '单一窗口' })).toEqual({ kind: 'platform', platform: '单一窗口', document: null });
  });

  it('rejects no subject, two subjects, a pair that is not two, and the same name twice as BAD_USER_INPUT', () => {
    expect(code(() => toBriefRequest({}))).toBe('BAD_USER_INPUT');
    expect(code(() => toBriefRequest({ platform: '  ', jurisdictions: [] }))).toBe('BAD_USER_INPUT');
    expect(code(() => toBriefRequest({ units: ['a', 'b'], platform: 'p' }))).toBe('BAD_USER_INPUT');
    expect(code(() => toBriefRequest({ units: ['重庆海关'] }))).toBe('BAD_USER_INPUT');
    expect(code(() => toBriefRequest({ jurisdictions: ['重庆市', '四川省', '永川区'] }))).toBe('BAD_USER_INPUT');
    expect(code(() => toBriefRequest({ jurisdictions: ['重庆市', '重庆市'] }))).toBe('BAD_USER_INPUT');
  });
});
