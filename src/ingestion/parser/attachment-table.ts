/**
 * The attachment table of a district plan (序号<TAB>改革事项<TAB>责任单位), as extracted from a PDF:
 * cells may be wrapped in <p>…</p>, and a row broken by a page break continues on a line that starts
 * with a TAB (empty 序号 cell). Each row becomes an ATTACHMENT_ITEM.
 */
import type { ParsedItem, ParseWarning, UnitList } from '../../model/parsed';
import { findMentions } from './entities';
import { findTargets } from './targets';
import { Composite, type SourceLine } from './text';
import { splitUnits } from './units-clause';

/** HTML-like markup left by the extraction. Only ASCII tag names: <重庆市人才服务证实施细则> is a title, not markup. */
const MARKUP_RE = /<\/?(?:p|br|span|div|b|i|u|em|strong|font|td|tr|th|table|tbody|thead|sup|sub)(?:\s[^<>]*)?\/?>/gi;
const ROW_START = /^[ \u3000]*(\d{1,4})[ \u3000]*\t/;
const CONTINUATION = /^[ \u3000]*\t/;

export interface TableLayout {
  columns: number;
  numberCol: number;
  textCol: number;
  unitCols: Array<{ col: number; role: UnitList['role']; label: string }>;
}

interface Cell {
  text: string;
  start: number;
}

function cellsOf(line: SourceLine): Cell[] {
  const out: Cell[] = [];
  let pos = 0;
  const raw = line.raw;
  for (;;) {
    const tab = raw.indexOf('\t', pos);
    const end = tab < 0 ? raw.length : tab;
    out.push({ text: raw.slice(pos, end), start: line.rawStart + pos });
    if (tab < 0) break;
    pos = tab + 1;
  }
  return out;
}

/** Recognises the header row (序号 / 改革事项 / 责任单位); undefined if the line is not one. */
export function parseTableHeader(line: SourceLine): TableLayout | undefined {
  if (!line.raw.includes('\t') || !line.text.includes('序号')) return undefined;
  const cells = cellsOf(line).map((c) => c.text.replace(MARKUP_RE, '').trim());
  const numberCol = cells.findIndex((c) => c.includes('序号'));
  const unitCols: TableLayout['unitCols'] = [];
  cells.forEach((c, col) => {
    if (/单位|部门/.test(c)) {
      const role: UnitList['role'] = /牵头|主责/.test(c) ? 'LEAD' : /配合|协同|参与/.test(c) ? 'SUPPORTING' : 'RESPONSIBLE';
      unitCols.push({ col, role, label: c });
    }
  });
  const textCol = cells.findIndex((c, col) => col !== numberCol && !unitCols.some((u) => u.col === col) && c.length > 0);
  if (numberCol < 0 || textCol < 0) return undefined;
  return { columns: cells.length, numberCol, textCol, unitCols };
}

export function isRowStart(line: SourceLine): boolean {
  return ROW_START.test(line.raw);
}

export function isContinuation(line: SourceLine): boolean {
  return CONTINUATION.test(line.raw) && line.text.length > 0;
}

/** Appends a cell's text to `comp` with markup removed, each kept passage at its source offset. */
function appendWithoutMarkup(comp: Composite, cell: Cell): void {
  MARKUP_RE.lastIndex = 0;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKUP_RE.exec(cell.text)) !== null) {
    comp.append(cell.text.slice(pos, m.index), cell.start + pos);
    pos = m.index + m[0].length;
  }
  comp.append(cell.text.slice(pos), cell.start + pos);
}

/** Trims blanks at both ends of an assembled cell; nothing at the page-break junction is touched. */
function trimmed(comp: Composite): { text: string; start: number; end: number } {
  const text = comp.toString();
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { text, start, end };
}

export interface RowResult {
  item?: ParsedItem;
  warnings: ParseWarning[];
}

/**
 * One table row from its first line and its page-break continuations. `isLast` marks the final row of
 * the document: a cut-off there (missing unit cell, unclosed <p>) means the file was truncated.
 */
export function parseRow(layout: TableLayout, lines: readonly SourceLine[], jurisdiction: string, isLast: boolean): RowResult {
  const first = lines[0];
  if (!first) return { warnings: [] };
  const warnings: ParseWarning[] = [];
  const firstCells = cellsOf(first);
  const number = (firstCells[layout.numberCol]?.text ?? '').trim();
  const textComp = new Composite();
  const unitComps = layout.unitCols.map(() => new Composite());
  let openP = 0;
  for (const line of lines) {
    const cells = cellsOf(line);
    const cell = cells[layout.textCol];
    if (cell) {
      openP += (cell.text.match(/<p\b[^<>]*>/gi) ?? []).length - (cell.text.match(/<\/p>/gi) ?? []).length;
      appendWithoutMarkup(textComp, cell);
    }
    layout.unitCols.forEach((u, k) => {
      const c = cells[u.col];
      if (c && c.text.trim().length > 0) appendWithoutMarkup(unitComps[k] as Composite, c);
    });
  }
  const missingUnits = firstCells.length <= Math.max(...layout.unitCols.map((u) => u.col), layout.textCol) && lines.length === 1;
  if (isLast && (missingUnits || openP > 0)) {
    warnings.push({ line: first.no, message: `table row ${number || '?'} is cut off (document truncated); it was left out` });
    return { warnings };
  }
  const t = trimmed(textComp);
  if (t.end <= t.start) {
    warnings.push({ line: first.no, message: `table row ${number || '?'} has no text; it was left out` });
    return { warnings };
  }
  const text = t.text.slice(t.start, t.end);
  const body = textComp.slice(t.start, t.end);
  const span0 = body.fullSpan();
  const dot = text.indexOf('。');
  const unitLists: UnitList[] = [];
  layout.unitCols.forEach((u, k) => {
    const comp = unitComps[k] as Composite;
    const ut = comp.toString();
    const units = splitUnits(ut, 0, ut.length, (s, e) => comp.span(s, e));
    if (units.length > 0) unitLists.push({ index: unitLists.filter((l) => l.role === u.role).length, jurisdiction, role: u.role, units, label: u.label });
  });
  if (unitLists.length === 0) warnings.push({ line: first.no, message: `table row ${number} names no responsible unit` });
  else if (isLast) {
    // A notice ends with its 抄送 and printing lines; a file that stops inside the table may have lost the end of this
    // row's unit cell (人行永川中…), which no syntax shows.
    warnings.push({ line: first.no, message: `the file ends inside the attachment table, nothing after it: table row ${number} may be cut off; check its units` });
  }
  const last = lines[lines.length - 1] as SourceLine;
  const item: ParsedItem = {
    kind: 'ATTACHMENT_ITEM',
    number,
    ordinal: Number.parseInt(number, 10) || 0,
    title: (dot >= 0 ? text.slice(0, dot) : text).trim(),
    text,
    span: { start: Math.min(first.start, span0.start), end: Math.max(last.end, span0.end) },
    unitLists,
    mentions: findMentions(text, body),
    targets: findTargets(text, body, {}),
    subItems: [],
  };
  return { item, warnings };
}
