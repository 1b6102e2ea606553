/**
 * The plan's outline: 一、 sections › （一） items › 1. › （1） sub-items, with paragraphs rejoined across
 * page breaks; then the attachment (table) and the notice's end matter that follow the last item.
 */
import type { ItemKind, JurisdictionRef, Mention, ParsedItem, ParsedSection, ParseWarning, SectionKind, Target, UnitList } from '../../model/parsed';
import kinds from '../../../data/section-kinds.json';
import { categoryRow, continuedHeader, groupRow, isContinuation, isTotalRow, isRowStart, opensMergedRow, parseRow, parseTableHeader, repeatsHeader, type TableLayout } from './attachment-table';
import { parseChineseNumeral } from './chinese-numerals';
import { asciiDigits } from './patterns';
import { findMentions } from './entities';
import { classifyEndMatter, numberedAttachmentTitle, TELEPHONE } from './notice';
import { joinTaskTable } from './task-table';
import { findTargets, type YearContext } from './targets';
import { Composite, endsSentence, removeCjkSpaces, type SourceLine } from './text';
import { findUnitClauses, isLabelLine, isUnitClauseLine, opensUnitClause } from './units-clause';

// 一、 as the genre writes it; 一. and 一． as OCR and some offices do.
export const SECTION_RE = /^([一二三四五六七八九十百]+)\s*[、.．]\s*(.*)$/;
export const ITEM_RE = /^([（(]\s*([一二三四五六七八九十百]+)\s*[）)])\s*(.*)$/;
// 第一条 as a 若干措施 numbers its measures: an item as （一） is. A space or a mark after it, not a sentence that only
// begins with the ordinal (第一条中欧班列线路于2021年开通).
const ARTICLE_RE = /^(第([一二三四五六七八九十百]+)条)(?:[\s\u3000]+|[：:、.．])(.*)$/;
// 第一章 总则: a chapter of such a plan, a section as 一、 is.
const CHAPTER_RE = /^第([一二三四五六七八九十百]+)章[\s\u3000]*(.*)$/;
// 1. (1、, 1）) and （1）, with the full-width digits of a typed notice too (１．, （１）).
const SUB1_RE = /^(([0-9０-９]{1,2})\s*[.．、）)])(?![0-9０-９])\s*(.*)$/;
const SUB2_RE = /^([（(]\s*([0-9０-９]{1,2})\s*[）)])\s*(.*)$/;
// ① and ⑴ (one character each) number points as （1） does.
const CIRCLED_RE = /^([\u2460-\u2473\u2474-\u2487])\s*(.*)$/u;

/** A point numbered ①…⑳ or ⑴…⒇, in the shape of a SUB2_RE match: [line, mark, ordinal, rest]. */
function circledPoint(t: string): [string, string, string, string] | null {
  const m = CIRCLED_RE.exec(t);
  if (!m) return null;
  const code = (m[1] as string).charCodeAt(0);
  const ordinal = code >= 0x2474 ? code - 0x2474 + 1 : code - 0x2460 + 1;
  return [t, m[1] as string, String(ordinal), m[2] as string];
}
// 7.1 below 7.: a point of the numbered sub-item, as （1） is.
const SUB_DECIMAL_RE = /^((\d{1,2})\s*[.．]\s*(\d{1,2}))(?![\d.．%％亿万千百个倍年])\s*(.*)$/;

export function isOutlineStart(text: string): boolean {
  return SECTION_RE.test(text) || ITEM_RE.test(text) || ARTICLE_RE.test(text) || CHAPTER_RE.test(text);
}

export function sectionKind(title: string): SectionKind {
  const t = title.replace(/\s+/g, '');
  if (kinds.GUARANTEES.some((k) => t.includes(k))) return 'GUARANTEES';
  if (kinds.GENERAL.some((k) => t.includes(k))) return 'GENERAL';
  return 'TASKS';
}

const ITEM_KIND: Readonly<Record<SectionKind, ItemKind>> = {
  GENERAL: 'GENERAL',
  TASKS: 'MEASURE',
  GUARANTEES: 'GUARANTEE',
  ATTACHMENT: 'ATTACHMENT_ITEM',
};

interface Para {
  comp: Composite;
  /** Not ended by sentence-final punctuation and not a bare heading: a page break may have cut it. */
  open: boolean;
  lastLine: SourceLine;
}

interface Block {
  level: 2 | 3 | 4;
  number: string;
  ordinal: number;
  title: string;
  paras: Para[];
  children: Block[];
  /**
   * Paragraphs after the children that speak for the whole item: a unit clause on its own line below the last
   * sub-item when no sub-item names units of its own (see liftClosingClause). Always the item's last text.
   */
  tail: Para[];
  /** The sub-item that a looking-back paragraph in `tail` follows: it gets the paragraph back if more sub-items come. */
  tailAfter?: Block;
  first: SourceLine;
  headingOnly: boolean;
  /** The title is the whole heading line, and the line breaks off mid-sentence (…工作站，⏎加强…。): it runs on below. */
  titleOpen?: boolean;
}

interface SectionBuild {
  number: string;
  ordinal: number;
  title: string;
  kind: SectionKind;
  first: SourceLine;
  last: SourceLine;
  intro: Para[];
  items: Block[];
  rows: ParsedItem[];
  /** The section's own unit clause below its last item (see sectionClause). */
  closing?: Para;
}

export interface BodyResult {
  sections: ParsedSection[];
  mentions: Mention[];
  targets: Target[];
  attachmentTitles: string[];
  copiedTo?: string;
  printedOn?: string;
  printedBy?: string;
  signedOn?: string;
  signatories?: string[];
  publicRelease?: string;
  warnings: ParseWarning[];
  /** Lines where the document was found cut off (the incomplete part was left out). */
  truncatedAt: number[];
  completeItems: number;
}

/** Adds a line to a list of paragraphs, continuing the last one if a page break had cut it. */
export function addLine(paras: Para[], line: SourceLine, text = line.text, start = line.start): void {
  const last = paras[paras.length - 1];
  // 牵头单位：…⏎配合单位：…⏎完成时限：… stand on lines of their own: a label opens a line, unless a bracket before it is open.
  // The lines of one clause stay one paragraph, kept apart by their line breaks: a clause below an item's sub-items is
  // still one paragraph, the whole item's (liftClosingClause).
  const labelled = last !== undefined && isLabelLine(text) && !opensUnitClause(last.comp.toString());
  if (last && labelled && last.open && isLabelLine(last.comp.toString())) {
    last.comp.separator('\n').append(text, start);
    last.open = isOpen(last.comp.toString());
    last.lastLine = line;
    return;
  }
  if (last && last.open && !labelled) {
    last.comp.append(text, start);
    last.open = isOpen(last.comp.toString());
    last.lastLine = line;
    return;
  }
  const comp = new Composite().append(text, start);
  paras.push({ comp, open: isOpen(text), lastLine: line });
}

/**
 * A paragraph runs on into the next line unless it ended a sentence, and always while a unit clause it opened is not
 * closed: a page break after …市发展改革委； splits the list, not the measure.
 */
function isOpen(paragraph: string): boolean {
  return !endsSentence(paragraph) || opensUnitClause(paragraph);
}

export function joinParas(paras: readonly Para[]): Composite {
  const comp = new Composite();
  paras.forEach((p, i) => {
    if (i > 0) comp.separator('\n');
    comp.appendComposite(p.comp);
  });
  return comp;
}

/**
 * The heading phrase of an item: up to the first 。 (or ：), the whole rest for a heading on its own line; never into a
 * unit clause (1）拓展…应用（牵头单位：…）).
 */
function headingTitle(written: string): string {
  // Nor into a 由 sentence that says whose it is (一是建设公共保税仓，由自贡综保区管理局负责；).
  const clause = /[（(〔]\s*(?:牵头|责任|配合|主要责任|协办)(?:单位|部门)|[，,]\s*由[^，,。；;]{2,30}?(?:牵头|负责)/u.exec(written);
  const rest = clause ? written.slice(0, clause.index) : written;
  const dot = rest.indexOf('。');
  if (dot >= 0) return rest.slice(0, dot).trim();
  const colon = rest.search(/[：:∶]/);
  if (colon >= 0) return rest.slice(0, colon).trim();
  return rest.trim();
}

function isHeadingOnly(rest: string): boolean {
  return rest.length <= 40 && !/[。，,；;：:]/.test(rest);
}

function newBlock(level: Block['level'], line: SourceLine, number: string, ordinal: number, rest: string): Block {
  const headingOnly = isHeadingOnly(rest);
  const block: Block = { level, number, ordinal, title: headingTitle(rest), paras: [], children: [], tail: [], first: line, headingOnly };
  if (!headingOnly && !/[。：:]/.test(rest) && /[，,、；;]\s*$/.test(rest)) block.titleOpen = true;
  // A heading on its own line (（一）指导思想) never runs on into the paragraph below it.
  block.paras.push({ comp: new Composite().append(line.text, line.start), open: !headingOnly && isOpen(line.text), lastLine: line });
  return block;
}

interface Ctx {
  jurisdictions: readonly JurisdictionRef[];
  warnings: ParseWarning[];
}

function lastLineOf(block: Block): SourceLine {
  const tail = block.tail[block.tail.length - 1];
  if (tail) return tail.lastLine;
  const child = block.children[block.children.length - 1];
  if (child) return lastLineOf(child);
  return (block.paras[block.paras.length - 1] as Para).lastLine;
}

function toItem(block: Block, kind: ItemKind, ctx: Ctx, years: YearContext): ParsedItem {
  liftClosingClause(block, ctx.jurisdictions);
  const own = joinParas(block.paras);
  const ownText = own.toString();
  const full = new Composite().appendComposite(own);
  // In text order: a 到2025年 in the item's own paragraph dates the counts of its sub-items (1. 培育试点企业10家).
  const ownTargets = findTargets(ownText, own, years);
  const subItems = block.children.map((c) => toItem(c, 'SUB_ITEM', ctx, years));
  for (const c of block.children) full.separator('\n').appendComposite(fullComposite(c));
  const tail = joinParas(block.tail);
  if (block.tail.length > 0) full.separator('\n').appendComposite(tail);
  const units = findUnitClauses(ownText, own, ctx.jurisdictions);
  const tailUnits = block.tail.length > 0 ? findUnitClauses(tail.toString(), tail, ctx.jurisdictions) : { lists: [] };
  if (units.unclosedAt !== undefined || tailUnits.unclosedAt !== undefined) {
    ctx.warnings.push({ line: block.first.no, message: `item ${block.number}: the responsible-unit clause is not closed` });
  }
  const span = full.fullSpan();
  return {
    kind,
    number: block.number,
    ordinal: block.ordinal,
    title: block.title,
    text: full.toString(),
    span: { start: block.first.start, end: Math.max(span.end, lastLineOf(block).end) },
    unitLists: [...units.lists, ...tailUnits.lists],
    // A unit's name says who does the work: no platform is read inside it (重庆市港航海事事务中心), and a zone only where
    // the unit is that zone's own body (两江新区管委会 names 两江新区).
    mentions: outsideUnits([...findMentions(ownText, own), ...findMentions(tail.toString(), tail)], [...units.lists, ...tailUnits.lists]),
    targets: [...ownTargets, ...findTargets(tail.toString(), tail, years)],
    subItems,
  };
}

/** The mentions a unit's name does not hold, or that open it as its zone's (a cited policy in a clause is no unit's). */
function outsideUnits(mentions: Mention[], lists: readonly UnitList[]): Mention[] {
  const units = lists.flatMap((l) => l.units);
  return mentions.filter((m) => {
    const within = units.find((u) => m.span.start < u.span.end && u.span.start < m.span.end);
    return within === undefined || (m.kind === 'ZONE' && m.span.start === within.span.start);
  });
}

/** The paragraphs of a block and its descendants, in text order. */
function parasWithin(block: Block): Para[] {
  return [...block.paras, ...block.children.flatMap(parasWithin), ...block.tail];
}

/**
 * A unit clause on a line of its own below the last sub-item (1. …⏎2. …⏎（责任单位：…）) names units of the whole item
 * when no sub-item names any: the sub-items are the item's parts, and the clause closes the item (after a
 * （牵头单位：…） in the item's own first paragraph too, where it adds the 配合单位). Where the sub-items name their
 * own units, a clause line below the last one is that sub-item's, and stays. Items are lifted from the top down, so a
 * sub-item's (1) (2) are looked at only once its own item has left them the clause.
 */
function liftClosingClause(block: Block, jurisdictions: readonly JurisdictionRef[]): void {
  let last = block.children[block.children.length - 1];
  if (!last) return;
  while (last.children.length > 0) last = last.children[last.children.length - 1] as Block;
  // A block's first paragraph holds its number: a clause there is on the sub-item's own line.
  if (last.paras.length < 2) return;
  const clause = last.paras[last.paras.length - 1] as Para;
  const clauseText = clause.comp.toString();
  const listsOf = (p: Para): UnitList[] => findUnitClauses(p.comp.toString(), p.comp, jurisdictions).lists;
  const clauseLists = isUnitClauseLine(clauseText) ? listsOf(clause) : [];
  if (clauseLists.length === 0) return;
  const inSubItems = block.children.flatMap(parasWithin).filter((p) => p !== clause);
  if (inSubItems.some((p) => listsOf(p).length > 0)) return;
  // The item's own clause of the same role (its 责任单位 above, 责任单位 again below) makes the one below the last
  // sub-item's; of another role (牵头单位 above, 配合单位 below) it completes the item's.
  const ownRoles = new Set(block.paras.flatMap(listsOf).map((l) => l.role));
  if (clauseLists.some((l) => ownRoles.has(l.role))) return;
  last.paras.pop();
  block.tail.unshift(clause);
}

const SECTION_LABEL = /^\s*[（(〔]?\s*(?:本部分|本节)/u;
// A paragraph that looks back on the sub-items as a whole (以上工作由两地统筹推进。, 上述任务…) is the item's; 以上率下
// (an idiom) and 上述补贴 (about the sub-item above) are not.
const SUMMARY_START = /^(?:以上|上述)(?:各项|工作|任务|措施|事项|内容)/;

/** Is this new paragraph below a sub-item a closing sentence of the whole item rather than more of that sub-item? */
function closesSubItems(sub: Block, text: string): boolean {
  const last = sub.paras[sub.paras.length - 1] as Para;
  return !last.open && SUMMARY_START.test(text);
}

/**
 * A heading cut by a page break (（三）深化投资管理⏎⏎改革。推行…): the line below a bare heading opens with a few characters
 * (four at most) and a 。 that end the heading's phrase, where a paragraph of its own opens with a sentence.
 */
function continuesHeading(block: Block, text: string): boolean {
  if (!block.headingOnly || block.paras.length !== 1 || block.children.length > 0) return false;
  const dot = text.indexOf('。');
  const fragment = text.slice(0, dot);
  // 详见附件。 and 三年。 are a heading's own first sentence, not the rest of its phrase.
  return dot > 0 && dot <= 4 && !/[，,、；;：:“”《》\s见略年月日天期\d]/.test(fragment) && block.title.length + fragment.length <= 40;
}

/**
 * The units a section names once, below its last item, for all of its items: （本部分责任单位：…）, also below the last
 * item's sub-items; 以上任务由…牵头，…负责。; or a 责任单位：… paragraph naming two units or more where no other item of the
 * section names units. Taken off the last item, whose paragraph it was; undefined if there is none.
 */
function sectionClause(section: SectionBuild, jurisdictions: readonly JurisdictionRef[]): UnitList[] | undefined {
  const last = section.items[section.items.length - 1];
  if (!last || section.items.length < 2 || last.tail.length > 0) return undefined;
  // 本部分… says so itself, also below the last item's sub-items; the other forms only below an item of one paragraph.
  let holder = last;
  while (holder.children.length > 0) holder = holder.children[holder.children.length - 1] as Block;
  if (holder.paras.length < 2) return undefined;
  const para = holder.paras[holder.paras.length - 1] as Para;
  const text = para.comp.toString();
  const listsOf = (p: Para): UnitList[] => findUnitClauses(p.comp.toString(), p.comp, jurisdictions).lists;
  const labelled = SECTION_LABEL.test(text);
  if (!labelled && holder !== last) return undefined;
  const others = section.items.slice(0, -1);
  const alone = isUnitClauseLine(text) && others.every((b) => parasWithin(b).every((p) => listsOf(p).length === 0));
  if (!labelled && !SUMMARY_START.test(text) && !alone) return undefined;
  const lists = listsOf(para);
  // A lone 责任单位： line naming one unit (区政府督查办 below （三）加强督查考核) is more likely the last item's own.
  if (lists.length === 0 || (!labelled && !SUMMARY_START.test(text) && lists.flatMap((l) => l.units).length < 2)) return undefined;
  // Taken off the last item only when some item lacks a role it gives: otherwise it was that item's own clause.
  holder.paras.pop();
  const roles = (b: Block): Set<UnitList['role']> => new Set(parasWithin(b).flatMap(listsOf).map((l) => l.role));
  if (![...others, last].some((b) => lists.some((l) => !roles(b).has(l.role)))) {
    holder.paras.push(para);
    return undefined;
  }
  section.closing = para;
  return lists;
}

/**
 * Each item of the section is given the section's lists of the roles it names none of (its own or its sub-items'):
 * all of them for an item that names no units, the 配合单位 for one that names only its 牵头单位.
 */
function giveSectionUnits(items: ParsedItem[], lists: readonly UnitList[]): void {
  const rolesOf = (i: ParsedItem): UnitList['role'][] => [...i.unitLists.map((l) => l.role), ...i.subItems.flatMap(rolesOf)];
  for (const item of items) {
    const own = new Set(rolesOf(item));
    const added = lists.filter((l) => !own.has(l.role)).map((l) => ({ ...l, units: [...l.units] }));
    if (added.length > 0) item.unitLists = [...item.unitLists, ...added];
  }
}

/** More sub-items follow a looking-back paragraph: it was the last sub-item's after all. */
function reopenSubItems(item: Block): void {
  if (!item.tailAfter) return;
  item.tailAfter.paras.push(...item.tail.splice(0));
  item.tailAfter = undefined;
}

function fullComposite(block: Block): Composite {
  const comp = joinParas(block.paras);
  for (const c of block.children) comp.separator('\n').appendComposite(fullComposite(c));
  if (block.tail.length > 0) comp.separator('\n').appendComposite(joinParas(block.tail));
  return comp;
}

/** Was the document cut off inside this block (open unit clause, a last paragraph that never ends, a bare heading)? */
function isCutOff(block: Block, ctx: Ctx): boolean {
  const comp = fullComposite(block);
  if (findUnitClauses(comp.toString(), comp, ctx.jurisdictions).unclosedAt !== undefined) return true;
  const tail = block.tail[block.tail.length - 1];
  if (tail) return tail.open;
  const child = block.children[block.children.length - 1];
  if (child) return isCutOff(child, ctx);
  if (block.headingOnly && block.paras.length === 1) return true;
  return (block.paras[block.paras.length - 1] as Para).open;
}

/**
 * Parses the body from the first outline line to the end. A line naming only offices counts as the
 * signature only when a date or printing line follows it, so that a short body line is not lost.
 */
/** `issued`: the year the plan was issued, for what its 截至… sentences state (see findTargets). */
// 一是…；二是…: points a paragraph counts off, each opening after a mark (or a unit clause's bracket) or at the line's start.
// 1）…；2）… and ①…；②… written inline are counted off the same way when every point names its units.
const ENUMERATED = /(?:^|(?<=[。；;：:）)]))\s*(?:[一二三四五六七八九十]+是|[0-9０-９]{1,2}[）)](?![）)])|[①-⑳])/gu;
const ENUMERATED_START = /^(([一二三四五六七八九十]+)是)(.*)$/u;
// A point's own units: a clause in brackets, or a 由 sentence (…，由市交通运输局牵头，市口岸物流办配合).
const CLAUSE_IN_POINT =
  /[（(〔]\s*(?:牵头|责任|配合|主要责任)(?:单位|部门)\s*[：:∶]|[，,]\s*由[^，,。；;]{1,30}?(?:委|局|厅|办|院|署|中心|海关|政府|行|处|站|段|队|组|会|部门)(?:牵头|负责)/u;

/**
 * A paragraph that counts off points (…。一是推动…（牵头单位：…）。二是支持…（牵头单位：…）。) where every point names its
 * own units: one line per point, so that each becomes a sub-item with its units rather than the item holding them all;
 * a point on a line of its own with its own units is one as it stands. Points without units of their own are the
 * paragraph's words, and a table's cells are left alone.
 */
function enumeratedPoints(line: SourceLine): SourceLine[] {
  if (line.raw.includes('\t')) return [line];
  const at = [...line.text.matchAll(ENUMERATED)].map((m) => (m.index ?? 0) + (m[0].length - m[0].trimStart().length));
  // A point on a line of its own (一是…（牵头单位：…）⏎二是…) is one too, and so is one after its item's heading
  // (第三条 推进…。一是支持…（牵头单位：…）⏎二是…).
  if (at.length === 1 && at[0] === 0 && CLAUSE_IN_POINT.test(line.text)) POINT_LINES.add(line);
  if (at.length === 0 || (at.length === 1 && at[0] === 0)) return [line];
  // 一是…，二是…，三是…（牵头单位：…）: points counted off in one sentence share the clause, which is the item's.
  if (at.length === 1 && /[，,][二三四五六七八九十]是/u.test(line.text.slice(at[0]))) return [line];
  const cuts = [...at, line.text.length];
  const points = at.map((a, i) => line.text.slice(a, cuts[i + 1]));
  if (!points.every((p) => CLAUSE_IN_POINT.test(p))) return [line];
  const piece = (from: number, to: number): SourceLine => {
    const text = line.text.slice(from, to).trim();
    const lead = line.text.slice(from, to).indexOf(text);
    return { ...line, text, raw: text, start: line.start + from + lead, end: line.start + from + lead + text.length, rawStart: line.start + from + lead };
  };
  const before = (at[0] as number) > 0 ? [piece(0, at[0] as number)] : [];
  const counted = at.map((a, i) => piece(a, cuts[i + 1] as number));
  for (const p of counted) POINT_LINES.add(p);
  return [...before, ...counted].filter((l) => l.text.length > 0);
}
/** The lines enumeratedPoints made of a paragraph's points: only they open a 一是 sub-item. */
const POINT_LINES = new WeakSet<SourceLine>();

export function parseBody(lines: readonly SourceLine[], jurisdictions: readonly JurisdictionRef[], issued?: number): BodyResult {
  const ctx: Ctx = { jurisdictions, warnings: [] };
  const result: BodyResult = { sections: [], mentions: [], targets: [], attachmentTitles: [], warnings: ctx.warnings, truncatedAt: [], completeItems: 0 };
  const sections: SectionBuild[] = [];
  const body = lines.filter((l) => l.text.length > 0).flatMap(enumeratedPoints);
  let cur: SectionBuild | undefined;
  let stack: Block[] = [];
  let mode: 'body' | 'attachTitle' | 'attachBody' | 'table' | 'tail' = 'body';
  let layout: TableLayout | undefined;
  let row: SourceLine[] = [];
  let category: string | undefined;
  // The number of the group row (1⇥推进贸易投资便利化) whose rows 1.1, 1.2 follow, while they do.
  let groupNumber: string | undefined;
  // The category (一、贸易便利化) a group row's rows sit in, for the rows after the group.
  let outerCategory: string | undefined;
  // The table's header line while no row has begun: a header wrapped onto a second line continues it.
  let header: SourceLine | undefined;
  // The header the table's layout was read from, kept after its rows begin: a table without 序号 repeats it on a new page.
  let tableHeader: SourceLine[] = [];
  let afterAttachList = false;
  // Below a 联系人： line, the further names and numbers of the contact block.
  let inContact = false;
  let endedInBody = true;

  const flushRow = (isLast: boolean): void => {
    if (row.length === 0 || !layout || !cur) return;
    const r = parseRow(layout, row, jurisdictions, isLast, category, issued, cur.rows.length + 1);
    ctx.warnings.push(...r.warnings);
    if (r.item) cur.rows.push(r.item);
    else if (isLast) result.truncatedAt.push((row[0] as SourceLine).no);
    cur.last = row[row.length - 1] as SourceLine;
    row = [];
  };
  const startSection = (line: SourceLine, number: string, ordinal: number, title: string, kind: SectionKind): SectionBuild => {
    const s: SectionBuild = { number, ordinal, title, kind, first: line, last: line, intro: [], items: [], rows: [] };
    sections.push(s);
    stack = [];
    return s;
  };

  for (let k = 0; k < body.length; k++) {
    const line = body[k] as SourceLine;
    const t = line.text;
    const unnumbered = layout !== undefined && layout.numberCol < 0;
    if (mode === 'table') {
      // A table without 序号 repeats its header on a new page as a line that would open a row.
      if (unnumbered && tableHeader.some((h) => repeatsHeader(line, h))) continue;
      // …and its rows open as the printing line does (重庆市人民政府办公厅⇥⇥2025年1月3日印发): end matter ends the table.
      const endMatter = unnumbered ? classifyEndMatter(t) : undefined;
      if (endMatter !== undefined && (endMatter.kind === 'PRINT' || endMatter.kind === 'COPY' || endMatter.kind === 'ATTACH_START' || endMatter.kind === 'ATTACH_LIST')) {
        flushRow(false);
        mode = 'tail';
      }
    }
    if (mode === 'table') {
      const heading = categoryRow(line, body[k + 1], layout);
      if (heading !== undefined) {
        flushRow(false);
        category = removeCjkSpaces(heading);
        groupNumber = undefined;
        continue;
      }
      if (isTotalRow(line)) continue;
      const group = layout ? groupRow(line, body[k + 1], layout) : undefined;
      if (group !== undefined) {
        flushRow(false);
        header = undefined;
        if (groupNumber === undefined) outerCategory = category;
        category = removeCjkSpaces(group.heading);
        groupNumber = group.number;
        continue;
      }
      if (isRowStart(line, layout)) {
        header = undefined;
        // Lines above a row's number (a row centred on its 序号 by the PDF) are that row's. Below the first row, a line
        // between two numbers may be the row's above or the row's below, which nothing in the text tells: a reader
        // should look (such a line stays with the row above).
        if (row.length > 0 && !unnumbered && !row.some((l) => isRowStart(l, layout))) {
          row.push(line);
          ctx.warnings.push({
            line: (row[0] as SourceLine).no,
            message: 'table rows are centred on their 序号 (text above a row number): lines between two numbers are read as the upper row\'s; check them',
          });
        }
        else {
          flushRow(false);
          // A row numbered outside the group above (3 after 2.1) is the group's sibling, not one of its rows.
          if (groupNumber !== undefined && !new RegExp(`^\\s*${groupNumber}[.．]`).test(line.raw)) {
            category = outerCategory;
            groupNumber = undefined;
          }
          row = [line];
        }
        continue;
      }
      if (isContinuation(line)) {
        const wrapped = header && row.length === 0 ? continuedHeader(header, line, ctx.jurisdictions) : undefined;
        if (wrapped) {
          layout = wrapped.layout;
          tableHeader = [...tableHeader, line, wrapped.line];
          header = wrapped.line;
          continue;
        }
        if (layout && opensMergedRow(row, line, layout)) {
          flushRow(false);
          row = [line];
          continue;
        }
        row.push(line);
        continue;
      }
      // The header repeated at the top of the next page: the row above may still go on below it.
      if (parseTableHeader(line)) continue;
      flushRow(false);
      mode = 'tail';
    }
    if (afterAttachList) {
      const more = numberedAttachmentTitle(t);
      if (more) {
        result.attachmentTitles.push(more);
        continue;
      }
      afterAttachList = false;
    }
    const end = classifyEndMatter(t);
    const next = body[k + 1] ? classifyEndMatter((body[k + 1] as SourceLine).text) : undefined;
    if (end && (end.kind !== 'ISSUERS' || mode === 'tail' || next?.kind === 'DATE' || next?.kind === 'PRINT')) {
      endedInBody = false;
      stack = [];
      switch (end.kind) {
        case 'ATTACH_START': {
          const n = asciiDigits(end.number);
          cur = startSection(line, `${end.word}${n}`, n ? Number(n) : 1, removeCjkSpaces(end.title ?? ''), 'ATTACHMENT');
          mode = 'attachTitle';
          category = undefined;
          continue;
        }
        case 'ATTACH_LIST': {
          // 附件1：重点任务清单 heading the table's own page (a table header, or a plan's outline, within the next lines, a
          // subtitle such as （2025—2026年） between): the attachment itself.
          const below = body.slice(k + 1).filter((l) => l.text !== '').slice(0, 3);
          const opens = below.findIndex((l) => parseTableHeader(l) !== undefined || isOutlineStart(l.text));
          if (end.number !== '' && opens >= 0 && below.slice(0, opens).every((l) => !l.raw.includes('\t') && l.text.length <= 40 && classifyEndMatter(l.text) === undefined)) {
            cur = startSection(line, `${end.word}${asciiDigits(end.number)}`, Number(asciiDigits(end.number)), removeCjkSpaces(end.title), 'ATTACHMENT');
            mode = 'attachTitle';
            category = undefined;
            continue;
          }
          if (end.title) result.attachmentTitles.push(numberedAttachmentTitle(end.title) ?? end.title);
          afterAttachList = true;
          break;
        }
        case 'COPY':
          result.copiedTo = end.text;
          break;
        case 'PRINT':
          if (end.date) result.printedOn = end.date;
          if (end.by) result.printedBy = end.by;
          break;
        case 'DATE':
          if (!result.signedOn) result.signedOn = end.date;
          break;
        case 'PUBLIC':
          if (!result.publicRelease) result.publicRelease = end.text;
          break;
        case 'ISSUERS':
          if (next?.kind === 'PRINT' && !next.by) result.printedBy = end.names.join(' ');
          else if (!result.signatories) result.signatories = end.names;
          break;
        case 'CONTACT':
          inContact = true;
          break;
      }
      mode = 'tail';
      continue;
    }
    if (mode === 'attachTitle' || mode === 'attachBody') {
      const l = parseTableHeader(line, ctx.jurisdictions);
      if (l && cur) {
        layout = l;
        header = line;
        tableHeader = [line];
        mode = 'table';
        cur.last = line;
        continue;
      }
      // A table of no tasks (序号⇥重庆方⇥四川方, a roster of names and telephones) is the attachment's text, not its title.
      if (mode === 'attachTitle' && cur && t.length <= 80 && !/[。；;]/.test(t) && !line.raw.includes('\t')) {
        cur.title = removeCjkSpaces(cur.title + t);
        cur.last = line;
        continue;
      }
      mode = 'attachBody';
      if (cur) {
        // A table's rows stay rows: each line a paragraph of its own, never run on into the next.
        const tabbed = line.raw.includes('\t');
        const before = cur.intro[cur.intro.length - 1];
        if (tabbed && before) before.open = false;
        addLine(cur.intro, line);
        const added = cur.intro[cur.intro.length - 1];
        if (tabbed && added) added.open = false;
        cur.last = line;
      }
      continue;
    }
    if (mode === 'tail' && inContact && TELEPHONE.test(t)) continue;
    inContact = false;
    if (mode === 'tail') {
      ctx.warnings.push({ line: line.no, message: `could not place line after the plan: ${t.length > 40 ? `${t.slice(0, 40)}…` : t}` });
      continue;
    }
    endedInBody = true;
    const chapter = CHAPTER_RE.exec(t);
    let m = SECTION_RE.exec(t) ?? chapter;
    if (m) {
      const rest = m[2] as string;
      const title = removeCjkSpaces(headingTitle(rest));
      const number = chapter ? `第${m[1] as string}章` : (m[1] as string);
      cur = startSection(line, number, parseChineseNumeral(m[1] as string) ?? 0, title, sectionKind(title));
      const dot = rest.indexOf('。');
      if (dot >= 0 && dot < rest.length - 1) addLine(cur.intro, line, rest.slice(dot + 1), line.start + (t.length - rest.length) + dot + 1);
      continue;
    }
    if (!cur) cur = startSection(line, '', 0, '', 'TASKS');
    cur.last = line;
    m = ITEM_RE.exec(t) ?? ARTICLE_RE.exec(t);
    if (m) {
      // （一） below an article (第一条 …⏎（一）…) is a point of it, as 1. below （一） is.
      const article = stack[0] !== undefined && /^第.+条$/.test((stack[0] as Block).number) ? (stack[0] as Block) : undefined;
      const point = article !== undefined && ITEM_RE.test(t);
      const block = newBlock(point ? 3 : 2, line, (m[1] as string).replace(/\s+/g, ''), parseChineseNumeral(m[2] as string) ?? 0, m[3] as string);
      if (point) {
        article.children.push(block);
        stack = [article, block];
      } else {
        cur.items.push(block);
        stack = [block];
      }
      continue;
    }
    // A section that numbers its items 1. 2. … with no （一） above them (common for 保障措施): those are its items.
    const flat = cur.number !== '' && (stack.length === 0 ? cur.items.length === 0 : /^\d/.test((stack[0] as Block).number));
    m = flat ? SUB1_RE.exec(t) : null;
    if (m) {
      const block = newBlock(2, line, (m[1] as string).replace(/\s+/g, ''), Number(asciiDigits(m[2] as string)), m[3] as string);
      cur.items.push(block);
      stack = [block];
      continue;
    }
    // 1.1 below the sub-item (or item) numbered 1.: its point, as （1） would be. It opens a line after a finished
    // sentence and goes on from the point before it (1.1, then 1.2), where a wrapped line may begin with 1.5小时….
    const decimal = stack.length > 0 && endsSentence(body[k - 1]?.text ?? '') ? SUB_DECIMAL_RE.exec(t) : null;
    const owner = decimal ? [...stack].reverse().find((b) => b.level <= 3 && b.number.replace(/[.．、]$/, '') === decimal[2]) : undefined;
    const points = owner?.children.filter((c) => c.level === 4) ?? [];
    const inTurn = decimal !== null && Number(decimal[3]) === points.length + 1;
    if (decimal && owner && inTurn) {
      const block = newBlock(4, line, (decimal[1] as string).replace(/\s+/g, '').replace('．', '.'), Number(decimal[3]), decimal[4] as string);
      owner.children.push(block);
      stack = [...stack.slice(0, stack.indexOf(owner) + 1), block];
      continue;
    }
    if (stack.length > 0 && (SUB1_RE.test(t) || SUB2_RE.test(t) || CIRCLED_RE.test(t))) reopenSubItems(stack[0] as Block);
    // A point 一是… split off its paragraph (see enumeratedPoints) is a sub-item, as 1. is.
    const counted = stack.length > 0 && POINT_LINES.has(line) ? ENUMERATED_START.exec(t) : null;
    if (counted) {
      const block = newBlock(3, line, counted[1] as string, parseChineseNumeral(counted[2] as string) ?? 0, counted[3] as string);
      (stack[0] as Block).children.push(block);
      stack = [stack[0] as Block, block];
      continue;
    }
    if (stack.length > 0) {
      m = SUB1_RE.exec(t);
      if (m) {
        const block = newBlock(3, line, (m[1] as string).replace(/\s+/g, ''), Number(asciiDigits(m[2] as string)), m[3] as string);
        (stack[0] as Block).children.push(block);
        stack = [stack[0] as Block, block];
        continue;
      }
      const point: readonly string[] | null = SUB2_RE.exec(t) ?? circledPoint(t);
      if (point) {
        const block = newBlock(4, line, (point[1] as string).replace(/\s+/g, ''), Number(asciiDigits(point[2] as string)), point[3] as string);
        const parent = stack.length >= 2 && (stack[1] as Block).level === 3 ? (stack[1] as Block) : (stack[0] as Block);
        parent.children.push(block);
        stack = parent.level === 3 ? [stack[0] as Block, parent, block] : [parent, block];
        continue;
      }
      const item = stack[0] as Block;
      const top = stack[stack.length - 1] as Block;
      if (item.tail.length > 0 || (top !== item && closesSubItems(top, t))) {
        if (item.tail.length === 0) item.tailAfter = top;
        addLine(item.tail, line);
        continue;
      }
      if (continuesHeading(top, t)) {
        top.title = removeCjkSpaces(top.title + t.slice(0, t.indexOf('。')));
        top.headingOnly = false;
        (top.paras[0] as Para).open = true;
      } else if (
        top.paras.length === 1 &&
        !isUnitClauseLine(t) &&
        (top.titleOpen === true || (/^[，,、；;]/u.test(t) && !/[。：:]/u.test((top.paras[0] as Para).comp.toString())))
      ) {
        // A heading line cut by a line or page break (…设立知识产权保护工作站，⏎加强…。, or …工作站⏎，加强…): its title runs
        // up to the first 。 of the sentence it began.
        const dot = t.indexOf('。');
        top.title = removeCjkSpaces(top.title + (dot >= 0 ? t.slice(0, dot) : t)).trim();
        top.titleOpen = dot < 0;
        top.headingOnly = false;
        (top.paras[0] as Para).open = true;
      }
      addLine(top.paras, line);
      continue;
    }
    addLine(cur.intro, line);
  }
  if (mode === 'table') flushRow(true);

  // The file ends inside the plan: the last item is complete only if it closes properly.
  const lastSection = sections[sections.length - 1];
  if (endedInBody && lastSection && lastSection.kind !== 'ATTACHMENT') {
    const lastItem = lastSection.items[lastSection.items.length - 1];
    if (lastItem && isCutOff(lastItem, ctx)) {
      lastSection.items.pop();
      result.truncatedAt.push(lastItem.first.no);
      ctx.warnings.push({ line: lastItem.first.no, message: `item ${lastItem.number} is cut off (document truncated); it was left out` });
    } else if (!lastItem && lastSection.intro.length === 0) {
      sections.pop();
      result.truncatedAt.push(lastSection.first.no);
      ctx.warnings.push({ line: lastSection.first.no, message: `section ${lastSection.number} has no content (document truncated); it was left out` });
    } else if (!lastItem && lastSection.intro[lastSection.intro.length - 1]?.open) {
      result.truncatedAt.push((lastSection.intro[lastSection.intro.length - 1] as Para).lastLine.no);
      ctx.warnings.push({ line: lastSection.first.no, message: `section ${lastSection.number} ends mid-sentence (document truncated)` });
      lastSection.intro.pop();
    }
  }

  for (const s of sections) {
    const years: YearContext = issued === undefined ? {} : { issued };
    const introComp = joinParas(s.intro);
    const intro = introComp.toString();
    if (intro) {
      result.mentions.push(...findMentions(intro, introComp));
      result.targets.push(...findTargets(intro, introComp, years));
    }
    const closing = s.kind === 'ATTACHMENT' ? undefined : sectionClause(s, jurisdictions);
    const items = s.kind === 'ATTACHMENT' ? s.rows : s.items.map((b) => toItem(b, ITEM_KIND[s.kind], ctx, years));
    for (const item of items) if (item.kind === 'MEASURE' && isClosingArticle(item)) item.kind = 'GENERAL';
    if (closing && s.closing) {
      giveSectionUnits(items, closing);
      // Its text is no item's: what it mentions and counts is the section's, as its intro's is.
      result.mentions.push(...findMentions(s.closing.comp.toString(), s.closing.comp));
      result.targets.push(...findTargets(s.closing.comp.toString(), s.closing.comp, years));
    }
    const lastItem = items[items.length - 1];
    const section: ParsedSection = {
      number: s.number,
      ordinal: s.ordinal,
      title: s.title,
      kind: s.kind,
      span: { start: s.first.start, end: Math.max(s.last.end, lastItem?.span.end ?? 0) },
      items,
    };
    if (intro) section.intro = intro;
    result.sections.push(section);
    result.completeItems += items.length;
  }
  joinTaskTable(result.sections);
  warnUnitless(result.sections, sections, ctx);
  return result;
}

// 第十条 本措施由区商务委负责解释，自印发之日起施行: the closing article of a 若干措施 without a 附则 chapter.
const CLOSING_ARTICLE =
  /^\s*(?:第[一二三四五六七八九十百]+条|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.．、])?\s*本(?:若干)?(?:措施|办法|方案|政策|细则|意见|规定|通知)[^。]{0,40}?(?:负责解释|之日起(?:施行|实施|执行)|有效期)/u;

/** Whether a measure is the plan's closing article (who interprets it, from when it applies): a general item, no task. */
function isClosingArticle(item: ParsedItem): boolean {
  return item.unitLists.length === 0 && item.subItems.length === 0 && CLOSING_ARTICLE.test(item.text);
}

/**
 * In a plan whose measures mostly name their units, a measure that names none had a clause the parser could not read
 * (or none at all): either way a reader should look. Plans whose measures name none (a district plan's narrative
 * sections) stay quiet.
 */
function warnUnitless(parsed: readonly ParsedSection[], built: readonly SectionBuild[], ctx: Ctx): void {
  const names = (i: ParsedItem): boolean => i.unitLists.some((l) => l.units.length > 0) || i.subItems.some(names);
  const measures = parsed.flatMap((s, si) => s.items.flatMap((item, ii) => (item.kind === 'MEASURE' ? [{ item, line: built[si]?.items[ii]?.first.no }] : [])));
  const without = measures.filter((m) => !names(m.item));
  if (without.length === 0 || without.length * 2 >= measures.length) return;
  for (const m of without) {
    ctx.warnings.push({ line: m.line ?? 0, message: `item ${m.item.number} names no responsible unit, though most measures do: check its 责任单位 clause` });
  }
}
