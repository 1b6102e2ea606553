/**
 * The notice around a plan: issuing offices, document number, title, recipients, signature and date,
 * public-release note, and the end matter (附件, 抄送, printing line).
 */
import type { ParseWarning } from '../../model/parsed';
import { parseChineseNumeral } from './chinese-numerals';
import { ARABIC_DATE_SOURCE, asciiDigits, canonicalDocNumber, CHINESE_DATE_SOURCE, DOC_NUMBER_SOURCE } from './patterns';
import { endsSentence, removeCjkSpaces, type SourceLine } from './text';

/**
 * A line that ends a statement, which a title line never does. Not endsSentence: a title wraps after ）, ” or 》 as
 * often as anywhere (…中欧班列（成渝）⏎协同发展行动方案…的通知, …“单一窗口”⏎建设实施方案的通知).
 */
const ENDS_STATEMENT = /[。；;！!？?]$/;

const OFFICE_SUFFIX = '(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会|领导小组|局|厅|委|部|署|院|中心|海关|分行)';
const ISSUER_RE = new RegExp(`^([\\u4e00-\\u9fff（）()]{2,40}?${OFFICE_SUFFIX})(文件)?$`);
// One number, or a joint notice's numbers side by side (渝商务发〔2024〕36号  川商务发〔2024〕19号).
const DOC_NUMBER_LINE = new RegExp(`^(${DOC_NUMBER_SOURCE})(?:\\s+${DOC_NUMBER_SOURCE})*$`);
const DOC_NUMBER_ANY = new RegExp(DOC_NUMBER_SOURCE, 'g');
const DATE_LINE = new RegExp(`^(?:${ARABIC_DATE_SOURCE}|${CHINESE_DATE_SOURCE})$`);
const PRINT_LINE = new RegExp(`^(.*?)\\s*(?:${ARABIC_DATE_SOURCE}|${CHINESE_DATE_SOURCE})\\s*印发$`);
// （此件公开发布）, and the note of a published text that was abridged (（本文有删减）), which is no part of any title.
// 联系人：…，023-63662000: who to call about the plan, below it; no measure's text. Only with a telephone number: a
// 联系方式：请于10月10日前报送… inside an item is the item's words.
const CONTACT_LINE = /^(?:联系人|联系电话|联系方式)\s*[：:∶]/;
/** A telephone number, which a contact block's every line gives. */
export const TELEPHONE = /(?:\d{3,4}\s*[-－—]\s*)?\d{7,8}(?:\D|$)/;
const PUBLIC_LINE = /^[（(]\s*(?:此件[^（）()]{1,12}|(?:本文|此件)?有删[减节])\s*[）)]$/;
const COPY_LINE = /^抄\s*送\s*[：:∶]\s*(.*)$/;
// 附表 (a schedule) is an attachment as 附件 is: 附表：重点任务分工表, then 附表 over the table.
const ATTACH_LIST_LINE = /^附\s*([件表])\s*(\d*)\s*[：:∶]\s*(.*)$/;
/** A bare 附件 / 附件1 / 附表 line opens the attachment itself. */
const ATTACH_START_LINE = /^附\s*([件表])\s*([0-9０-９]*)\s*$/;
/** 附件1  重点任务清单: the number and the title on one line, apart by blanks (typed notices head a table's page so). */
const ATTACH_TITLED_LINE = /^附\s*([件表])\s*([0-9０-９]+)[ \u3000]+(\S.{1,60})$/;
const NUMBERED_TITLE = /^(\d{1,2})\s*[.．、]\s*(\S.*)$/;
const TITLE_END = /(?:通知|决定|意见|批复|函|公告|通告|通报|报告)$/;
const PERIOD_RE = /[（(]\s*(\d{4}\s*[—–－\-~～至]+\s*\d{4})\s*年?\s*[）)]/;

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 2023年6月28日 / 二〇二三年六月二十八日 → 2023-06-28, from a regex match of ARABIC|CHINESE date sources starting at `g`. */
function isoFromGroups(groups: ReadonlyArray<string | undefined>, g: number): string | undefined {
  if (groups[g]) return iso(Number(asciiDigits(groups[g] as string)), Number(asciiDigits(groups[g + 1] ?? '')), Number(asciiDigits(groups[g + 2] ?? '')));
  const y = parseChineseNumeral(groups[g + 3] ?? '');
  const m = parseChineseNumeral(groups[g + 4] ?? '');
  const d = parseChineseNumeral(groups[g + 5] ?? '');
  return y !== undefined && m !== undefined && d !== undefined ? iso(y, m, d) : undefined;
}

export function dateOfLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text);
  return m ? isoFromGroups(m, 1) : undefined;
}

export function isIssuerName(text: string): boolean {
  return ISSUER_RE.test(text) && !text.includes('关于');
}

/** Issuer names of a line that holds only issuers (one, or several separated by blanks); undefined otherwise. */
export function issuersOfLine(text: string): string[] | undefined {
  const tokens = text.split(/[\s\u3000]+/).filter((t) => t.length > 0);
  if (tokens.length === 0 || !tokens.every(isIssuerName)) return undefined;
  return tokens.map((t) => t.replace(/文件$/, ''));
}

export type EndMatter =
  | { kind: 'ATTACH_LIST'; word: '附件' | '附表'; number: string; title: string }
  /** word: 附件 or 附表, as the line writes it (the section's number is word + number: 附件2, 附表). */
  | { kind: 'ATTACH_START'; word: '附件' | '附表'; number: string; title?: string }
  | { kind: 'COPY'; text: string }
  | { kind: 'PRINT'; by?: string; date?: string }
  | { kind: 'DATE'; date: string }
  | { kind: 'PUBLIC'; text: string }
  | { kind: 'ISSUERS'; names: string[] }
  | { kind: 'CONTACT'; text: string };

/** Lines that belong to the notice's frame rather than to the plan; they end an item. */
export function classifyEndMatter(text: string): EndMatter | undefined {
  let m = ATTACH_LIST_LINE.exec(text);
  if (m) return { kind: 'ATTACH_LIST', word: m[1] === '表' ? '附表' : '附件', number: m[2] ?? '', title: (m[3] ?? '').trim() };
  m = ATTACH_START_LINE.exec(text);
  if (m) return { kind: 'ATTACH_START', word: m[1] === '表' ? '附表' : '附件', number: m[2] ?? '' };
  // An entry of the notice's attachment list written without its colon; the attachment itself when a table follows it.
  m = ATTACH_TITLED_LINE.exec(text);
  if (m && !/[。；;]/.test(m[3] ?? '')) return { kind: 'ATTACH_LIST', word: m[1] === '表' ? '附表' : '附件', number: m[2] ?? '', title: (m[3] ?? '').trim() };
  m = COPY_LINE.exec(text);
  if (m) return { kind: 'COPY', text: (m[1] ?? '').trim() };
  m = PRINT_LINE.exec(text);
  if (m) {
    const out: EndMatter = { kind: 'PRINT' };
    const by = (m[1] ?? '').trim();
    if (by) out.by = by;
    const date = isoFromGroups(m, 2);
    if (date) out.date = date;
    return out;
  }
  const date = dateOfLine(text);
  if (date) return { kind: 'DATE', date };
  if (PUBLIC_LINE.test(text)) return { kind: 'PUBLIC', text };
  if (CONTACT_LINE.test(text) && TELEPHONE.test(text)) return { kind: 'CONTACT', text };
  const names = issuersOfLine(text);
  if (names) return { kind: 'ISSUERS', names };
  return undefined;
}

export function numberedAttachmentTitle(text: string): string | undefined {
  const m = NUMBERED_TITLE.exec(text);
  return m ? (m[2] as string).trim() : undefined;
}

export interface NoticeHeader {
  issuers: string[];
  docNumber?: string;
  otherDocNumbers: string[];
  title?: string;
  recipients?: string;
  issuanceNote?: string;
  signatories?: string[];
  signedOn?: string;
  publicRelease?: string;
  attachmentTitles: string[];
  planTitle?: string;
  period?: string;
  /** Lines of the preamble (为…，特制定本方案。), to be rejoined and scanned by the caller. */
  preambleLines: SourceLine[];
  warnings: ParseWarning[];
}

/** Title-like: a short line with no clause punctuation, as a plan title is. */
function isTitleLike(text: string): boolean {
  return text.length <= 80 && !/[，,。；;：:！？]/.test(text);
}

/** Splits a plan title into its name and period: 深化…行动方案（2023—2025年） → [深化…行动方案, 2023—2025]. */
export function splitPeriod(title: string): { name: string; period?: string } {
  const m = PERIOD_RE.exec(title);
  if (!m) return { name: title };
  const name = (title.slice(0, m.index) + title.slice(m.index + m[0].length)).trim();
  return { name, period: (m[1] as string).replace(/\s+/g, '') };
}

/**
 * Reads the lines before the plan's outline. Order varies across the genre (the number may precede or
 * follow the title), so each line is recognised by its shape, not by its position.
 */
function unplaced(line: SourceLine): { line: number; message: string } {
  const t = line.text;
  return { line: line.no, message: `could not place header line: ${t.length > 40 ? `${t.slice(0, 40)}…` : t}` };
}

export function parseHeader(lines: readonly SourceLine[]): NoticeHeader {
  const h: NoticeHeader = { issuers: [], otherDocNumbers: [], attachmentTitles: [], preambleLines: [], warnings: [] };
  const body = lines.filter((l) => l.text.length > 0);
  let i = 0;
  // The letterhead: one issuer per line (or several on one line), possibly with the 文件 suffix.
  for (; i < body.length; i++) {
    const names = issuersOfLine((body[i] as SourceLine).text);
    if (!names) break;
    h.issuers.push(...names.filter((n) => !h.issuers.includes(n)));
  }
  const titleLines: string[] = [];
  const issuance: string[] = [];
  const planLines: string[] = [];
  let afterSignature = false;
  /** Lines ending in ， or 、 after the title that may begin the recipients (see below). */
  const wrappedRecipients: SourceLine[] = [];
  let lastWasAttachList = false;
  let lastWasNumber = false;
  for (; i < body.length; i++) {
    const line = body[i] as SourceLine;
    const t = line.text;
    if (lastWasAttachList) {
      const more = numberedAttachmentTitle(t);
      if (more) {
        h.attachmentTitles.push(more);
        continue;
      }
      lastWasAttachList = false;
    }
    // A joint notice's numbers may stand on a line each, one under the other.
    const afterNumber = lastWasNumber;
    lastWasNumber = false;
    if ((!h.docNumber || afterNumber) && DOC_NUMBER_LINE.test(t)) {
      const numbers = (t.match(DOC_NUMBER_ANY) ?? []).map(canonicalDocNumber);
      if (!h.docNumber) h.docNumber = numbers.shift();
      // One further number per further issuer; the notice's own number repeated (a page header) is no other number.
      for (const x of numbers) {
        if (x !== h.docNumber && !h.otherDocNumbers.includes(x) && h.otherDocNumbers.length < h.issuers.length - 1) h.otherDocNumbers.push(x);
      }
      lastWasNumber = true;
      continue;
    }
    if (h.title === undefined && titleLines.length === 0 && t.includes('关于') && !ENDS_STATEMENT.test(t)) {
      const at = t.indexOf('关于');
      const before = t.slice(0, at).trim();
      if (before) {
        const names = issuersOfLine(before);
        if (names && h.issuers.length === 0) h.issuers.push(...names);
      }
      titleLines.push(t.slice(at));
      // The title ends on the line that ends with 通知 (or 决定, 意见 …); it may wrap over several lines.
      while (!TITLE_END.test(titleLines[titleLines.length - 1] as string) && titleLines.length < 5) {
        const next = body[i + 1];
        if (!next || DOC_NUMBER_LINE.test(next.text) || /[：:∶]$/.test(next.text) || ENDS_STATEMENT.test(next.text)) break;
        titleLines.push(next.text);
        i++;
      }
      h.title = removeCjkSpaces(titleLines.join(''));
      continue;
    }
    const end = classifyEndMatter(t);
    if (end) {
      switch (end.kind) {
        case 'ATTACH_LIST':
          if (end.title) h.attachmentTitles.push(numberedAttachmentTitle(end.title) ?? end.title);
          lastWasAttachList = true;
          continue;
        case 'ATTACH_START':
          // The plan printed as the notice's attachment: its own 附件 line carries nothing.
          afterSignature = true;
          continue;
        case 'DATE':
          if (!h.signedOn) h.signedOn = end.date;
          afterSignature = true;
          continue;
        case 'PUBLIC':
          if (!h.publicRelease) h.publicRelease = end.text;
          afterSignature = true;
          continue;
        case 'ISSUERS':
          // After the signature a line ending in 中心 is more likely the plan title's first line (川渝共建西部陆海新通道物流
          // 和运营组织中心⏎行动方案) than an office signing again.
          if (afterSignature && h.signatories !== undefined && end.names.every((n) => n.endsWith('中心'))) break;
          // An issuer written again on the line above the 关于… title (a letterhead, then the title's first line) is one issuer.
          // A name the title block wraps (中国银行保险监督管理委员会⏎重庆监管局关于…) is the start of one it knows, no issuer of its own.
          if (h.title === undefined) {
            const nextLine = body[i + 1]?.text ?? '';
            const wrapped = (n: string): boolean => h.issuers.some((known) => known.startsWith(n) && known !== n && nextLine.startsWith(known.slice(n.length)));
            h.issuers.push(...end.names.filter((n) => !h.issuers.includes(n) && !wrapped(n)));
          }
          else if (!h.signatories) h.signatories = end.names;
          // The issuers sign one under the other (中共重庆市委办公厅⏎重庆市人民政府办公厅) until the date.
          else if (!afterSignature) h.signatories.push(...end.names);
          else h.warnings.push({ line: line.no, message: `unexpected issuer line: ${t}` });
          continue;
        default:
          break;
      }
    }
    if (h.title !== undefined && h.recipients === undefined && !afterSignature && /[：:∶]$/.test(t) && issuance.length === 0) {
      // Recipients wrapped onto further lines (各市（州）人民政府，省政府各部门、各直属机构，⏎有关单位：) are one.
      h.recipients = [...wrappedRecipients.map((l) => l.text), t].join('');
      wrappedRecipients.length = 0;
      continue;
    }
    if (h.title !== undefined && h.recipients === undefined && !afterSignature && /[，,、]$/.test(t) && issuance.length === 0) {
      wrappedRecipients.push(line);
      continue;
    }
    for (const l of wrappedRecipients.splice(0)) h.warnings.push(unplaced(l));
    if (!afterSignature && h.recipients !== undefined && planLines.length === 0) {
      // Between the recipients and the signature: the notice's own paragraph, unless a title-like line
      // follows a finished paragraph (a notice signed at the very end goes straight on to the plan title).
      const lastEnded = issuance.length > 0 && endsSentence(issuance[issuance.length - 1] as string);
      if (!(isTitleLike(t) && lastEnded)) {
        issuance.push(t);
        continue;
      }
    }
    if (h.preambleLines.length === 0 && isTitleLike(t) && (afterSignature || h.recipients !== undefined)) {
      planLines.push(t);
      continue;
    }
    if (afterSignature || planLines.length > 0 || h.recipients !== undefined) {
      h.preambleLines.push(line);
      continue;
    }
    h.warnings.push(unplaced(line));
  }
  for (const l of wrappedRecipients) h.warnings.push(unplaced(l));
  if (issuance.length > 0) h.issuanceNote = issuance.join('');
  if (planLines.length > 0) {
    const { name, period } = splitPeriod(removeCjkSpaces(planLines.join('')));
    h.planTitle = name;
    if (period) h.period = period;
  } else if (h.title) {
    // No separate plan title: the notice's title names the plan (关于印发《…方案》的通知).
    const m = /印发(.+?)的通知$/.exec(h.title);
    if (m) {
      const { name, period } = splitPeriod((m[1] as string).replace(/^《|》$/g, ''));
      h.planTitle = name;
      if (period) h.period = period;
    }
  }
  return h;
}
