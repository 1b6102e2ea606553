/**
 * Low-level text helpers shared by the parser modules: source lines with offsets, a composite text
 * that remembers where each character came from, and the small normalisations of PDF-extracted text.
 */
import type { Span } from '../../model/parsed';

/** One physical line of the source; `start`/`end` bound the trimmed content (indentation and trailing blanks excluded). */
export interface SourceLine {
  /** 1-based line number. */
  no: number;
  /** Trimmed text. */
  text: string;
  start: number;
  end: number;
  /** The untrimmed line, tabs included: table cells need the leading empty cell. */
  raw: string;
  rawStart: number;
}

// U+3000 (ideographic space) and NBSP indent lines in this genre; tabs are kept for table cells.
const LEAD_WS = /^[ \u3000\u00a0\t\f\v]+/;
const TRAIL_WS = /[ \u3000\u00a0\t\f\v]+$/;

/**
 * A page number the PDF extraction left on a line of its own (— 5 —, －5－, - 5 -, 第5页, 第 5 页 共 12 页): read as a
 * blank line, so that a paragraph or unit list it cuts is rejoined like any page break and no text keeps it.
 */
const PAGE_NUMBER = /^(?:[—－\-–]\s*[0-9０-９]{1,4}\s*[—－\-–]|第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9０-９]{1,4}\s*页)?)$/;

const BARE_PAGE_NUMBER = /^[0-9０-９]{1,3}$/;

export function splitLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  const pageNumbers: number[] = [];
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  let no = 1;
  for (;;) {
    const m = re.exec(source);
    const end = m ? m.index : source.length;
    const raw = source.slice(pos, end);
    const lead = LEAD_WS.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead);
    const trail = TRAIL_WS.exec(body)?.[0].length ?? 0;
    const trimmed = body.slice(0, body.length - trail);
    const text = PAGE_NUMBER.test(trimmed) ? '' : trimmed;
    if (text === '' && trimmed !== '') pageNumbers.push(out.length);
    out.push({ no, text, start: pos + lead, end: pos + lead + text.length, raw: text === '' && trimmed !== '' ? '' : raw, rawStart: pos });
    if (!m) break;
    pos = m.index + m[0].length;
    no++;
  }
  // A bare number between blank lines (⏎⏎12⏎⏎) is a page footer too; next to text it may be a table's 序号 or a count.
  out.forEach((line, k) => {
    const blank = (j: number): boolean => (out[j]?.text ?? '') === '';
    if (BARE_PAGE_NUMBER.test(line.text) && blank(k - 1) && blank(k + 1)) {
      out[k] = { ...line, text: '', end: line.start, raw: '' };
      pageNumbers.push(k);
    }
  });
  dropRunningHeads(out, pageNumbers);
  return out;
}

/**
 * A running head or foot the PDF repeats on every page (重庆市人民政府行政规范性文件, 重庆市人民政府公报⏎2025年第3期): the
 * one or two lines next to a page number (blank lines between) whose text stands so beside at least half the page
 * numbers — a third of them, twice at least, as heads may alternate page by page (the file's opening line counting as
 * one). Read as blank lines, as the page number is, so
 * that they end no table and join no unit's name (国家金融监督管理总局重庆监⏎— 3 —⏎重庆市…文件⏎管局).
 * Only a line that is a bare title can be one: no punctuation (a units line, a sentence), no outline number (a
 * heading that happens to open two pages), no issuer's or department's name (a signature at the top of a page), no tab
 * (a table's header repeated on a new page is the table's to read). The copy that opens the file stays: there it may be
 * the issuer's red header (重庆市人民政府文件).
 */
const RUNNING_HEAD = /^(?![一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、])[^，。；：:∶、,;“”《》\t]{4,40}$/u;
const SIGNATURE_LIKE = /(?:政府|办公厅|办公室|委员会|委|局|厅|办)$/u;

function dropRunningHeads(out: SourceLine[], pageNumbers: readonly number[]): void {
  const beside = new Map<string, Set<number>>();
  for (const k of pageNumbers) {
    for (const step of [-1, 1]) {
      let j = k + step;
      while (out[j] !== undefined && (out[j] as SourceLine).text === '') j += step;
      // The head's block: one or two lines, up to the next blank one.
      for (let n = 0; n < 2; n++, j += step) {
        const line = out[j];
        if (line === undefined || line.text === '' || !RUNNING_HEAD.test(line.raw.trim()) || SIGNATURE_LIKE.test(line.text)) break;
        beside.set(line.text, (beside.get(line.text) ?? new Set<number>()).add(j));
      }
    }
  }
  const opening = out.findIndex((l) => l.text !== '');
  // A third of the pages at least: heads may alternate from page to page (the title on one, the issue on the next).
  const needed = Math.max(2, Math.ceil(pageNumbers.length / 3));
  for (const [text, at] of beside) {
    const count = at.size + (text === out[opening]?.text && !at.has(opening) ? 1 : 0);
    if (count < needed) continue;
    for (const k of at) {
      const line = out[k] as SourceLine;
      if (k !== opening) out[k] = { ...line, text: '', end: line.start, raw: '' };
    }
  }
}

/** Line number (1-based) of an offset, by binary search over the line starts. */
export function lineOfOffset(lines: readonly SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as SourceLine).rawStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.no ?? 1;
}

interface Piece {
  text: string;
  /** Offset in the source of the piece's first character; -1 for separators the parser inserted. */
  src: number;
}

/**
 * Text assembled from several source passages (a paragraph rejoined across a page break, a table cell
 * without its markup). It keeps, for every character, where it came from, so facts found in the
 * assembled text get spans in the original source. Built once, then read; no repeated concatenation.
 */
export class Composite {
  private readonly pieces: Piece[] = [];
  private readonly starts: number[] = [];
  private length = 0;
  private cached: string | undefined;

  append(text: string, src: number): this {
    if (text.length === 0) return this;
    this.pieces.push({ text, src });
    this.starts.push(this.length);
    this.length += text.length;
    this.cached = undefined;
    return this;
  }

  /** Appends an inserted separator (paragraph break) that has no source position. */
  separator(text: string): this {
    return this.append(text, -1);
  }

  appendComposite(other: Composite): this {
    for (const p of other.pieces) this.append(p.text, p.src);
    return this;
  }

  /** The assembled range [start, end) as a composite of its own, source positions kept. */
  slice(start: number, end: number): Composite {
    const out = new Composite();
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i] as Piece;
      const ps = this.starts[i] as number;
      const s = Math.max(start, ps);
      const e = Math.min(end, ps + p.text.length);
      if (e > s) out.append(p.text.slice(s - ps, e - ps), p.src < 0 ? -1 : p.src + (s - ps));
    }
    return out;
  }

  get size(): number {
    return this.length;
  }

  toString(): string {
    if (this.cached === undefined) this.cached = this.pieces.map((p) => p.text).join('');
    return this.cached;
  }

  private pieceAt(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of the character at `index` (separators map to the next real character). */
  sourceOffset(index: number): number {
    if (this.pieces.length === 0) return 0;
    let i = this.pieceAt(Math.min(Math.max(index, 0), this.length - 1));
    let delta = index - (this.starts[i] as number);
    while (i < this.pieces.length && (this.pieces[i] as Piece).src < 0) {
      i++;
      delta = 0;
    }
    const p = this.pieces[i] ?? this.pieces[this.pieces.length - 1];
    if (!p || p.src < 0) return 0;
    return p.src + Math.min(delta, p.text.length);
  }

  /** Span in the source of the assembled range [start, end). */
  span(start: number, end: number): Span {
    if (end <= start) {
      const at = this.sourceOffset(start);
      return { start: at, end: at };
    }
    const s = this.sourceOffset(start);
    const i = this.pieceAt(end - 1);
    const p = this.pieces[i] as Piece;
    const e = p.src < 0 ? s : p.src + (end - 1 - (this.starts[i] as number)) + 1;
    return { start: s, end: Math.max(s, e) };
  }

  /** Span of the whole text. */
  fullSpan(): Span {
    const real = this.pieces.filter((p) => p.src >= 0);
    const first = real[0];
    const last = real[real.length - 1];
    if (!first || !last) return { start: 0, end: 0 };
    return { start: first.src, end: last.src + last.text.length };
  }
}

/** Characters after which a paragraph is complete; anything else at a line end means the line was broken. */
const FINAL = new Set([...'。；：！？!?;:」』”’）)》】〕…']);

export function endsSentence(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return FINAL.has(last);
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》〈〉';
// Spaces between two CJK characters/brackets are line-wrap artefacts; spaces between Latin words are real.
const WRAP_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');
const WRAP_SPACE_MIXED = new RegExp(`(?<=[${CJK}])\\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])\\s+(?=[${CJK}])`, 'g');

/** Removes wrapping spaces between CJK characters and brackets; keeps every other character. */
export function removeCjkSpaces(text: string): string {
  return text.replace(WRAP_SPACE, '');
}

/** Canonical form of a name: all wrapping spaces removed, also next to digits and Latin letters. */
export function canonicalName(text: string): string {
  return text.replace(WRAP_SPACE, '').replace(WRAP_SPACE_MIXED, '').trim();
}
