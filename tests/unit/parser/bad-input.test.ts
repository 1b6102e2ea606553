import { readFileSync } from 'fs';
import { join } from 'path';
import { AppError, ErrorCode } from '../../../src/errors';
import { decodeDocument, parseDocument } from '../../../src/ingestion/parser';
import { documentKey } from '../../../src/ingestion/graph-rows';
import { prepareText } from '../../../src/ingestion/pipeline';

function codeOf(fn: () => unknown): { code: ErrorCode; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an AppError');
}

const HEADER = ['重庆市人民政府办公厅', '', '关于印发测试方案的通知', '', '渝府办发〔2024〕1号', '', '各区县（自治县）人民政府：', '', '现印发给你们，请认真贯彻执行。', '', '重庆市人民政府办公厅', '', '2024年1月2日', '', '测试方案', ''].join('\n');

describe('decodeDocument', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeDocument(Buffer.from('\ufeff一、总体要求', 'utf8'), 'a.txt')).toBe('一、总体要求');
  });

  it.each([
    ['empty', Buffer.alloc(0), ErrorCode.INPUT_EMPTY],
    ['whitespace only', Buffer.from(' \n\t\u3000\n', 'utf8'), ErrorCode.INPUT_EMPTY],
    ['NUL bytes', Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x43]), ErrorCode.INPUT_BINARY],
    ['a PDF', Buffer.from('%PDF-1.7\n…', 'utf8'), ErrorCode.INPUT_BINARY],
    ['control bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32)), ErrorCode.INPUT_BINARY],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(() => decodeDocument(bytes, 'x.txt')).code).toBe(code);
  });

  it('refuses GBK bytes, names the line and says to convert to UTF-8', () => {
    // "重庆市人民政府办公厅关于印发" encoded in GBK, after an ASCII first line.
    const gbk = Buffer.from([
      0x41, 0x0a, 214, 216, 199, 236, 202, 208, 200, 203, 195, 241, 213, 254, 184, 174, 176, 236, 185, 171, 204, 252, 185, 216, 211, 218, 211, 161, 183, 162,
    ]);
    const { code, message } = codeOf(() => decodeDocument(gbk, 'gbk.txt'));
    expect(code).toBe(ErrorCode.INPUT_ENCODING);
    expect(message).toMatch(/line 2/);
    expect(message).toMatch(/GBK\/GB18030/);
    expect(message).toMatch(/UTF-8/);
  });
});

describe('parseDocument refuses what it cannot read', () => {
  it.each([
    ['empty', '', ErrorCode.INPUT_EMPTY],
    ['whitespace', '  \n\u3000\n', ErrorCode.INPUT_EMPTY],
    ['NUL characters', '一、总体要求\n\u0000\u0000', ErrorCode.INPUT_BINARY],
    ['replacement characters', `${'\ufffd'.repeat(50)}abc`, ErrorCode.INPUT_ENCODING],
    ['random text', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor.', ErrorCode.INPUT_NOT_A_NOTICE],
    ['Chinese prose that is no notice', '今天天气很好，我们去公园散步。\n\n公园里有很多人。', ErrorCode.INPUT_NOT_A_NOTICE],
  ])('%s', (_name, text, code) => {
    expect(codeOf(() => parseDocument(text)).code).toBe(code);
  });

  it('refuses a notice cut off inside its only item (open unit clause), naming the line', () => {
    const text = `${HEADER}\n一、重点任务\n\n（一）做好第一件事。具体内容。（责任单位：市商务委、`;
    const { code, message } = codeOf(() => parseDocument(text));
    expect(code).toBe(ErrorCode.INPUT_TRUNCATED);
    expect(message).toMatch(new RegExp(`line ${text.split('\n').length}`));
  });

  it('refuses a notice that ends after its release note, the plan it issues missing', () => {
    // seed/004 cut after line 17, （此件公开发布）: the notice, signed and dated, issues a plan the file no longer has.
    const seed = readFileSync(join(__dirname, '../../../seed/004_5a98e9d818adeed0.txt'), 'utf8');
    const cut = `${seed.slice(0, seed.indexOf('（此件公开发布）') + '（此件公开发布）'.length)}\n`;
    const { code, message } = codeOf(() => parseDocument(cut));
    expect(code).toBe(ErrorCode.INPUT_TRUNCATED);
    expect(message).toMatch(/《中国（重庆）自由贸易试验区（永川高新技术产业开发区）联动创新区建设实施方案》.*line 17 /);
  });

  it('refuses a notice cut off in its header', () => {
    expect(codeOf(() => parseDocument('重庆市人民政府办公厅\n\n关于印发测试方案的通知\n\n渝府办发〔2024〕1号\n\n各区县（自治县）人民政府，市政府各')).code).toBe(
      ErrorCode.INPUT_TRUNCATED,
    );
  });
});

describe('partial documents', () => {
  it('returns the complete items and warns about the cut-off one', () => {
    const text = `${HEADER}\n一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）\n\n（二）做好第二件事。具体内容还没有写`;
    const doc = parseDocument(text);
    expect(doc.sections[0]?.items.map((i) => i.number)).toEqual(['（一）']);
    expect(doc.warnings).toEqual([{ line: text.split('\n').length, message: expect.stringMatching(/（二）.*truncated/) }]);
  });

  it('warns about a notice without a document number and keys it by title and date, so two such notices stay two', () => {
    const body = `一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）\n`;
    const text = `${HEADER.replace('渝府办发〔2024〕1号\n\n', '')}\n${body}`;
    const doc = parseDocument(text);
    expect(doc.docNumber).toBe('');
    expect(doc.warnings).toEqual([{ line: 1, message: expect.stringMatching(/no document number/) }]);
    expect(prepareText(text, 'one.txt').rows.document.id).toBe('doc:关于印发测试方案的通知 2024-01-02');
    expect(prepareText(text.replace('关于印发测试方案的通知', '关于印发另一方案的通知'), 'b.txt').rows.document.id).toBe('doc:关于印发另一方案的通知 2024-01-02');
    expect(prepareText(text.replace('2024年1月2日', '2024年3月4日'), 'c.txt').rows.document.id).toBe('doc:关于印发测试方案的通知 2024-03-04');
  });

  it.each([
    ['its number when it has one', { docNumber: '渝府办发〔2023〕51号', title: '关于印发…的通知', planTitle: '', signedOn: '2023-06-28' }, '渝府办发〔2023〕51号'],
    ['title and date, / and @ written full-width', { docNumber: '', title: '关于A/B@C的通知', planTitle: '', signedOn: '2024-01-02' }, '关于A／B＠C的通知 2024-01-02'],
    ['the plan title when the notice has none', { docNumber: '', title: '', planTitle: '测试方案', signedOn: undefined }, '测试方案'],
    ['the text hash when nothing else names it', { docNumber: '', title: '', planTitle: '', signedOn: undefined }, 'sha256:0123456789abcdef'],
  ])('documentKey: %s', (_name, doc, key) => {
    expect(documentKey(doc, '0123456789abcdef0123')).toBe(key);
  });

  it('drops a cut-off table row and keeps the complete ones', () => {
    const seed = readFileSync(join(__dirname, '../../../seed/004_5a98e9d818adeed0.txt'), 'utf8');
    const cut = seed.slice(0, seed.indexOf('33\t') + 40);
    const doc = parseDocument(cut);
    const table = doc.sections.find((s) => s.kind === 'ATTACHMENT');
    expect(table?.items).toHaveLength(32);
    const line = cut.split('\n').length;
    expect(doc.warnings).toEqual([{ line, message: expect.stringMatching(/row 33 .*truncated/) }]);
  });

  it('warns that the last table row may be cut when the file stops inside the table, its unit cell short', () => {
    // Row 33's unit cell is 人行永川中心支行; cut after 人行永川, the row looks whole, but no 抄送 or printing line follows.
    const seed = readFileSync(join(__dirname, '../../../seed/004_5a98e9d818adeed0.txt'), 'utf8');
    const cut = seed.slice(0, seed.indexOf('人行永川中心支行', seed.indexOf('\n33\t')) + '人行永川'.length);
    const doc = parseDocument(cut);
    expect(doc.sections.find((s) => s.kind === 'ATTACHMENT')?.items).toHaveLength(33);
    expect(doc.warnings).toEqual([{ line: cut.split('\n').length, message: expect.stringMatching(/ends inside the attachment table.*row 33 may be cut off/) }]);
    // The whole seed ends with its end matter: no such warning.
    expect(parseDocument(seed).warnings).toEqual([]);
  });
});
