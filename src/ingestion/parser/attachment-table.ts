/**
 * The attachment table of a district plan (序号<TAB>改革事项<TAB>责任单位), as extracted from a PDF:
 * cells may be wrapped in <p>…</p>, and a row broken by a page break continues on a line that starts
 * with a TAB (empty 序号 cell). Each row becomes an ATTACHMENT_ITEM.
 */
import type { JurisdictionRef, ParsedItem, ParseWarning, Span, TableColumnRole, TableRow, Target, UnitList, WrittenUnit } from '../../model/parsed';
import { findMentions } from './entities';
import { goalTarget, isGoalHeader } from './indicator-goal';
import { jurisdictionOfHeader, sideOfHeader } from './jurisdictions';
import { findTargets } from './targets';
import { Composite, type SourceLine } from './text';
import { clauseLists, FIRST_LEADS_HEADER, isUnitName, roleOf, withNotes } from './units-clause';

const UNIT_ENDED = /(?:委|局|厅|办|处|院|署|海关|政府|公司|行|中心|集团)\s*$/u;
// A national body written before its local office's name (国家税务总局⏎重庆市税务局, 中国人民银行⏎重庆营业管理部) is one name.
const NATIONAL_BODY = /^(?:国家|中国)[\u3400-\u9fff]{1,10}$/u;

/**
 * Where a continuation line with fewer cells than the header begins: the PDF left out the empty cells before the ones
 * a page break cut, so its filled cells go on in the columns the row left open. A column is open when it ends in 、，；
 * (…区财政局、⏎⇥区生态环境局配合⇥持续推进), or, for a column of text, when it stops inside a sentence (…进口货物平均在港时间压缩
 * ⏎⇥30%以上。); a filled deadline column after it does not close it. The shift puts the most filled cells in open
 * columns and the fewest in closed ones (the smallest such shift); 0 when the line has every cell.
 */
function continuationShift(assembled: readonly Composite[], cells: readonly Cell[], layout: TableLayout): number {
  const columns = layout.columns.length;
  if (cells.length >= columns) return 0;
  const textCols = new Set([layout.textCol, ...layout.detailCols]);
  const state = assembled.map((comp, col) => {
    const text = comp.toString().trim();
    if (text.length === 0) return 'EMPTY';
    if (/[、，,；;]$/u.test(text)) return 'OPEN';
    return textCols.has(col) && /[，,。；;]/u.test(text) && !/[。！？；;…”」）)]$/u.test(text) ? 'OPEN' : 'CLOSED';
  });
  const filled = cells.map((c, at) => (c.text.trim().length > 0 ? at : -1)).filter((at) => at >= 0);
  if (filled.length === 0 || !state.includes('OPEN')) return 0;
  let best = { shift: 0, score: -Infinity };
  for (let shift = 0; cells.length + shift <= columns; shift++) {
    const score = filled.reduce((n, at) => n + (state[at + shift] === 'OPEN' ? 1 : state[at + shift] === 'CLOSED' ? -1 : 0), 0);
    if (score > best.score) best = { shift, score };
  }
  return best.shift;
}

/** Does the cell so far end with a whole unit's name, so that a name on the next line is another unit? */
function endsWholeUnit(cell: string): boolean {
  const last = cell.split(/[、，,；;\n]/).pop()?.trim() ?? '';
  return UNIT_ENDED.test(last) && !NATIONAL_BODY.test(last);
}
const PLACE_START = /^(?:市|省|区|县|重庆|四川|成都|国家|中国)/u;

/** HTML-like markup left by the extraction. Only ASCII tag names: <重庆市人才服务证实施细则> is a title, not markup. */
const MARKUP_RE = /<\/?(?:p|br|span|div|b|i|u|em|strong|font|td|tr|th|table|tbody|thead|sup|sub)(?:\s[^<>]*)?\/?>/gi;
// A row's 序号: 12, or a row below a group row, 1.2.
const ROW_START = /^[ \u3000]*(\d{1,4}(?:[.．]\d{1,3})?)[ \u3000]*\t/;
const CONTINUATION = /^[ \u3000]*\t/;
// A row of a table without 序号: text in its first cell, then a tab (a line that opens with a tab goes on a row).
const UNNUMBERED_ROW_START = /^[ \u3000]*[^\t \u3000][^\t]*\t/;

export interface TableColumn {
  col: number;
  /** As written, markup removed and trimmed. */
  header: string;
  role: TableColumnRole;
}

export interface TableLayout {
  columns: TableColumn[];
  /** The 序号 column; -1 in a table without one, whose rows are numbered in order (1, 2, …). */
  numberCol: number;
  /** The column whose text opens the item: its name (TITLE) or, in a table with one text column, all of it (TEXT). */
  textCol: number;
  /** Further TEXT columns after a TITLE column (具体内容, 工作措施), appended to the item's text in column order. */
  detailCols: number[];
  /**
   * firstLeads: the header's note (排名第一的为牵头单位，其余为配合单位), which every cell of the column follows. place: the
   * place the header names (重庆方责任单位, 泸州市), whose list every cell is, and its index among the plan's places (a place
   * the issuers do not name after them); bare: the header is the place alone, so a cell is units only if it reads as such.
   */
  unitCols: Array<{ col: number; role: UnitList['role']; label: string; firstLeads?: string; place?: { ref: JurisdictionRef; index: number }; bare?: boolean }>;
  deadlineCol?: number;
  /** A table of indicators' goal columns (2025年目标) and its 单位 column: each filled goal cell is a target. */
  goalCols: number[];
  measureUnitCol?: number;
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

/**
 * A column's role by its header, the first rule that matches: 责任单位及完成时限 is a units column, 建设年限 a deadline,
 * 总投资（亿元） another column; TEXT names or describes the item.
 */
/** A units column's header word (责任单位, 牵头部门, 责任主体, 牵头处室). */
const UNITS_HEADER = /单位|部门|主体|处室/u;
const HEADER_ROLES: ReadonlyArray<readonly [RegExp, TableColumnRole]> = [
  // A bare 单位 (or 计量单位) beside 指标 and 目标 columns is the measure's unit (亿元, 列), not who does the work.
  [/^(?:计量)?单位$/, 'MEASURE_UNIT'],
  [UNITS_HEADER, 'UNITS'],
  [/时限|时间|期限|进度|节点|时序|年限|起止|年度/, 'DEADLINE'],
  [/^$|备注|类别|分类|领域|板块|方面|类型|责任人|联系人|领导|投资|金额|资金|[亿万]元|地点|编号/, 'OTHER'],
  [/事项|任务|名称|项目|内容|措施|举措|目标|成效|要求|做法|路径|描述|说明|经验|案例|清单|改革|政策|工作/, 'TEXT'],
];
/**
 * A column of tasks: a table with one is a task list even where no column names units. The TEXT headers that may as
 * well describe things as they are (名称, 项目, 政策, 经验, 案例, 成效) are left out.
 */
const TASK_HEADER = /事项|任务|措施|举措|内容|工作|改革|目标|要求|做法|路径/;
const ROSTER_HEADER = /电话|手机|邮箱|联络员/;
/** A time that records a fact, not a time to finish by: 批复时间, 设立时间. */
const FACT_DATE_HEADER = /批复|获批|设立|成立|认定|命名|开通|建成|签约|开行|投产/;
/** A text column that names the item rather than describing it (改革事项 beside 具体内容). */
const TITLE_HEADER = /事项|任务|名称|项目/;

/** A units column's role by its header, as a clause's label gives it (责任单位（牵头） too: the word may come later). */
function unitRole(header: string): UnitList['role'] {
  // 责任单位（排名第一的为牵头单位）: a column of responsible units, the first of each cell leading (see firstLeads).
  const at = header.replace(FIRST_LEADS_HEADER, '').search(/牵头|主责|主要|配合|协同|协助|参与|协办/);
  return at < 0 ? 'RESPONSIBLE' : roleOf(header.slice(at));
}

/**
 * Recognises the header row (序号 / 改革事项 / 责任单位, and the genre's wider tables: 序号 / 重点任务 / 具体措施 /
 * 牵头单位 / 配合单位 / 完成时限 / 备注); undefined if the line is not one.
 */
export function parseTableHeader(line: SourceLine, jurisdictions: readonly JurisdictionRef[] = []): TableLayout | undefined {
  if (!line.raw.includes('\t')) return undefined;
  const headers = cellsOf(line).map((c) => c.text.replace(MARKUP_RE, '').trim());
  const numberCol = headers.findIndex((c) => c.includes('序号'));
  // A table of indicators (指标名称 … 2025年目标) has goals to reach, each row's a target.
  const indicators = headers.some((h) => h.includes('指标'));
  // A side alone heads its units (重庆方⇥四川方, 綦江区⇥泸州市), in a table that lists tasks: only the plan's places and the
  // two provinces' sides, never any word ending in 区 (所在区县, 片区) or another 方 (新方 is Singapore's).
  const tasks = headers.some((h) => TASK_HEADER.test(h));
  const sides = headers.map((h) => (tasks && !UNITS_HEADER.test(h) ? sideOfHeader(h, jurisdictions) : undefined));
  const roleOf = (h: string, col: number): TableColumnRole | undefined =>
    col === numberCol
      ? 'NUMBER'
      : isGoalHeader(h, indicators)
        ? 'GOAL'
        : (HEADER_ROLES.find(([re]) => re.test(h))?.[1] ?? (sides[col] !== undefined ? 'UNITS' : undefined));
  const read = headers.map((header, col) => ({ col, header, role: roleOf(header, col) }));
  // A header none of these words explain is text only when the table has no other (创新亮点 alone is; beside 项目名称
  // it is not): its cells stay in the row, out of the item's text.
  const firstUnknown = read.find((c) => c.role === undefined);
  const columns: TableColumn[] = read.map((c) => ({ ...c, role: c.role ?? (c === firstUnknown && !read.some((x) => x.role === 'TEXT') ? 'TEXT' : 'OTHER') }));
  const texts = columns.filter((c) => c.role === 'TEXT');
  // With several text columns the one that names the item opens it (the first, unless a later header says 事项/任务).
  const opening = texts.length > 1 ? (texts.find((c) => TITLE_HEADER.test(c.header)) ?? texts[0]) : texts[0];
  if (!opening) return undefined;
  // A roster (成员单位⇥工作职责⇥联络员⇥联系电话) lists who to call, not who does what.
  if (headers.some((h) => ROSTER_HEADER.test(h))) return undefined;
  // A place the issuers do not name gets the next index after theirs, once per table.
  const places = [...jurisdictions];
  const placed = (ref: JurisdictionRef): { ref: JurisdictionRef; index: number } => {
    let index = places.findIndex((j) => j.name === ref.name);
    if (index < 0) index = places.push(ref) - 1;
    return { ref, index };
  };
  const unitCols = columns
    .filter((c) => c.role === 'UNITS')
    .map((c) => {
      const note = FIRST_LEADS_HEADER.exec(c.header)?.[0].replace(/^[（(]|[）)]$/gu, '');
      // A side alone (its header names no units: see sides) is a bare column.
      const side = sides[c.col];
      const place = side ?? (jurisdictions.length > 0 ? jurisdictionOfHeader(c.header, jurisdictions) : undefined);
      return {
        col: c.col,
        role: unitRole(c.header),
        label: c.header,
        ...(note !== undefined ? { firstLeads: note } : {}),
        ...(place !== undefined ? { place: placed(place) } : {}),
        ...(side !== undefined ? { bare: true } : {}),
      };
    });
  // Without 序号 (主要任务⇥具体举措⇥牵头单位⇥配合单位⇥完成时间) only a list of tasks and who does them is a table: a column
  // of tasks and one of units, three columns at least. A roster (成员单位⇥姓名⇥职务) is no task list.
  if (numberCol < 0 && (unitCols.length === 0 || columns.length < 3 || !texts.some((c) => TASK_HEADER.test(c.header)))) return undefined;
  // A table of facts (序号 / 名称 / 所在区域 / 批复时间 / 管理机构: the zones of a plan) gives no one a task: with no units
  // column, no column of tasks and no time to finish by (a date of approval is a fact), its rows are no measures.
  const deadline = columns.find((c) => c.role === 'DEADLINE');
  const due = deadline !== undefined && !FACT_DATE_HEADER.test(deadline.header);
  const goals = columns.filter((c) => c.role === 'GOAL');
  if (unitCols.length === 0 && !due && goals.length === 0 && !texts.some((c) => TASK_HEADER.test(c.header))) return undefined;
  if (texts.length > 1) opening.role = 'TITLE';
  const deadlineCol = columns.find((c) => c.role === 'DEADLINE')?.col;
  return {
    columns,
    numberCol,
    textCol: opening.col,
    detailCols: texts.filter((c) => c !== opening).map((c) => c.col),
    unitCols,
    goalCols: goals.map((c) => c.col),
    ...(deadlineCol === undefined ? {} : { deadlineCol }),
    ...(columns.some((c) => c.role === 'MEASURE_UNIT') ? { measureUnitCol: columns.findIndex((c) => c.role === 'MEASURE_UNIT') } : {}),
  };
}

/**
 * A header wrapped onto a second line (序号⇥改革⇥责任⇥完成 then ⇥事项⇥单位⇥时限): the two lines read as one header, cell by
 * cell, when every filled cell of the second is a header's few words. Undefined for a first row's line.
 */
export function continuedHeader(
  header: SourceLine,
  line: SourceLine,
  jurisdictions: readonly JurisdictionRef[] = [],
): { layout: TableLayout; line: SourceLine } | undefined {
  const more = cellsOf(line).map((c) => c.text.trim());
  if (!more.some((c) => c.length > 0) || more.some((c) => c.length > 6 || /[。，,、；;：:]/.test(c))) return undefined;
  const cells = cellsOf(header).map((c) => c.text.trim());
  const raw = cells.map((c, k) => (c !== '' ? c : mergedOver(cells, more, k)) + (more[k] ?? '')).join('\t');
  const joined: SourceLine = { ...header, raw, text: raw };
  const layout = parseTableHeader(joined, jurisdictions);
  return layout ? { layout, line: joined } : undefined;
}

/**
 * The header cell merged over an empty top cell (责任单位 over 重庆方⇥四川方: 责任单位 heads 四川方 too), or ''. Only a units
 * header, spread over sides or places written below it (never over a header of its own, 配合单位 or 完成时限, which a
 * wrapped neighbour 牵头⏎单位 leaves beside an empty top cell).
 */
function mergedOver(top: readonly string[], below: readonly string[], k: number): string {
  let left = k - 1;
  while (left >= 0 && top[left] === '') left--;
  const head = top[left] ?? '';
  const spread = below.slice(left, k + 1);
  const sideOnly = (t: string): boolean => t !== '' && !/单位|部门|主体|处室|时限|时间|事项|任务|备注/u.test(t);
  return left >= 0 && UNITS_HEADER.test(head) && spread.every(sideOnly) ? head : '';
}

/** A project table's totals (合计⇥⇥⇥124.1): no row of its own, and no line to warn about. */
export function isTotalRow(line: SourceLine): boolean {
  return /^[ \u3000\t]*(?:合\s*计|总\s*计|小\s*计)[ \u3000]*(?:\t|$)/u.test(line.raw);
}

/** Whether a line opens a row: its 序号, or in a table without one (`layout.numberCol` -1), text in its first cell. */
export function isRowStart(line: SourceLine, layout?: TableLayout): boolean {
  return layout !== undefined && layout.numberCol < 0 ? UNNUMBERED_ROW_START.test(line.raw) : ROW_START.test(line.raw);
}

/** Whether a line repeats a table's header cell for cell (the header at the top of a new page). */
export function repeatsHeader(line: SourceLine, header: SourceLine): boolean {
  const texts = (l: SourceLine): string => cellsOf(l).map((c) => c.text.replace(MARKUP_RE, '').trim()).join('\t');
  return texts(line) === texts(header);
}

/**
 * In a table without 序号, a line that opens with a tab is a row of its own, not the row above going on, when the row
 * above already names its units and this line names units and a task too: the first cell was merged over both (主要任务
 * written once for several 具体举措). A row broken by a page break before its unit cells goes on as before.
 */
export function opensMergedRow(row: readonly SourceLine[], line: SourceLine, layout: TableLayout): boolean {
  const first = row[0];
  if (layout.numberCol >= 0 || first === undefined || !CONTINUATION.test(line.raw)) return false;
  const filled = (l: SourceLine, col: number): boolean => (cellsOf(l)[col]?.text.trim() ?? '') !== '';
  const unitsFilled = (l: SourceLine): boolean => layout.unitCols.some((u) => filled(l, u.col));
  const taskCols = [layout.textCol, ...layout.detailCols].filter((c) => c !== 0);
  const taskFilled = taskCols.some((c) => filled(line, c));
  // A row wrapped onto this line (…支持更多优质企业⏎享受便利化政策。) breaks off mid-sentence; a row of its own follows a
  // task that ended.
  const last = row[row.length - 1] as SourceLine;
  const ended = taskCols.some((c) => /[。；;]$/u.test(cellsOf(last)[c]?.text.trim() ?? ''));
  // A deadline of its own says so too (a row wrapped onto a line leaves its deadline on the first).
  const dated = layout.deadlineCol !== undefined && filled(line, layout.deadlineCol);
  return row.some(unitsFilled) && unitsFilled(line) && taskFilled && (ended || dated);
}

/**
 * A group row (1⇥推进贸易投资便利化⇥⇥⇥) that the rows numbered 1.1, 1.2 below it belong to: its number and its text as
 * written, to head them as a category row does; undefined for any other line, when `next` (the following line) is no
 * row of the group, or when the row names units of its own — then it is a task, and its rows tasks beside it.
 */
export function groupRow(line: SourceLine, next: SourceLine | undefined, layout: TableLayout): { number: string; heading: string } | undefined {
  const n = ROW_START.exec(line.raw)?.[1];
  const below = next === undefined ? undefined : ROW_START.exec(next.raw)?.[1];
  if (n === undefined || below === undefined || !/^\d+$/.test(n) || !new RegExp(`^${n}[.．]1$`).test(below)) return undefined;
  const cells = cellsOf(line).map((c) => c.text.replace(MARKUP_RE, '').trim());
  if (layout.unitCols.some((u) => (cells[u.col] ?? '').length > 0)) return undefined;
  return { number: n, heading: cells.filter((t) => t.length > 0).join(' ') };
}

// 一、国际物流通道建设 or （一）… alone in a row that spans the table: the heading of the rows below it.
const CATEGORY = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)])\s*[^。；;]{1,40}$/u;

/**
 * A category row (一、国际物流通道建设⇥⇥⇥⇥): its text as written, or undefined for any other line. It opens in the first
 * column; a line that opens with a tab continues a row broken by a page break (⇥⇥（二）推广两步申报⇥⇥ is a cell's text).
 * A PDF often gives a merged cell without the empty cells' tabs: such a line is a category row when a row (`next`)
 * follows it, and otherwise the end of the table (三、保障措施 after it).
 */
export function categoryRow(line: SourceLine, next?: SourceLine, layout?: TableLayout): string | undefined {
  if (CONTINUATION.test(line.raw)) return undefined;
  if (!line.raw.includes('\t')) {
    const text = line.raw.trim();
    return next !== undefined && isRowStart(next, layout) && CATEGORY.test(text) ? text : undefined;
  }
  const filled = cellsOf(line).map((c) => c.text.trim()).filter((t) => t.length > 0);
  return filled.length === 1 && CATEGORY.test(filled[0] as string) ? (filled[0] as string) : undefined;
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

/** An assembled cell with blanks at both ends trimmed; nothing at the page-break junction is touched. */
function trimmed(comp: Composite): Composite {
  const text = comp.toString();
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return comp.slice(start, end);
}

/**
 * The item's text: the opening cell, then each filled detail cell on a line of its own (the line break is the only
 * character not in the source, as between a body measure's paragraphs).
 */
function itemText(layout: TableLayout, cells: readonly Composite[]): Composite {
  const out = new Composite().appendComposite(cells[layout.textCol] as Composite);
  for (const col of layout.detailCols) {
    const cell = cells[col] as Composite;
    if (cell.size === 0) continue;
    if (out.size > 0) out.separator('\n');
    out.appendComposite(cell);
  }
  return out;
}

/** The targets of a row of a table of indicators: one for each goal cell with a figure. */
function goals(layout: TableLayout, cells: readonly Composite[], subject: string): Target[] {
  const unit = layout.measureUnitCol === undefined ? '' : (cells[layout.measureUnitCol] as Composite).toString();
  return layout.goalCols.flatMap((col) => {
    const cell = cells[col] as Composite;
    const header = layout.columns[col]?.header ?? '';
    const target = cell.size === 0 ? undefined : goalTarget(cell.toString(), header, unit, subject, cell.fullSpan());
    return target === undefined ? [] : [target];
  });
}

const PERSON_HEADER = /责任人|联系人|负责人/u;
// A person's name: two or three characters that neither open with a place's prefix nor end as an office does (区侨办).
const PERSON_AFTER = /^(.+?)[\s\u3000]+(?![区市县省])[\u3400-\u9fff]{1,2}[^\s办局委厅会部处室所站院心组队司行联协]$/u;

/** A unit written with a person after it (区商务委 李明): the unit alone, its span cut to its name. */
function withoutPerson(unit: WrittenUnit, cell: string, comp: Composite): WrittenUnit {
  const m = PERSON_AFTER.exec(unit.asWritten);
  const at = cell.indexOf(unit.asWritten);
  if (!m || at < 0) return unit;
  const name = m[1] as string;
  return { ...unit, asWritten: name, span: comp.span(at, at + name.length) };
}

// A cell that names no unit on purpose: /, —, 无.
const NO_UNIT_CELL = /^(?:[\s/／\\—–－\-无]*|暂无|不涉及|——)$/u;

/**
 * A units cell read as a clause is. Under a header that names a place (重庆方责任单位⇥四川方责任单位, 永川区责任单位⇥泸州市
 * 责任单位) the whole cell is that place's list, whatever its punctuation: 市商务局 under 泸州市 is 泸州市商务局, and each row's
 * cells pair as a joint clause's lists do (see jurisdictionOfHeader for a place the issuers do not name). A cell of /, — or
 * 无 names no unit.
 */
function cellLists(cell: string, column: TableLayout['unitCols'][number], jurisdictions: readonly JurisdictionRef[], spanOf: (s: number, e: number) => Span): UnitList[] {
  if (NO_UNIT_CELL.test(cell)) return [];
  const { place, label, role } = column;
  if (place === undefined) return clauseLists(cell, 0, cell.length, label, jurisdictions, spanOf, role);
  const lists = clauseLists(cell, 0, cell.length, label, [place.ref], spanOf, role).map((l) => ({ ...l, index: place.index }));
  if (column.bare !== true) return lists;
  // Under a place alone (永川区⇥泸州市) a cell may hold other things than units (1300, 已实现, 主办): only the names that
  // read as units are (市商务委 of 市商务委、相关企业).
  return lists.map((l) => ({ ...l, units: l.units.filter((u) => isUnitName(u.asWritten)) })).filter((l) => l.units.length > 0);
}

export interface RowResult {
  item?: ParsedItem;
  warnings: ParseWarning[];
}

/**
 * One table row from its first line and its page-break continuations. `isLast` marks the final row of
 * the document: a cut-off there (missing unit cell, unclosed <p>) means the file was truncated.
 */
export function parseRow(
  layout: TableLayout,
  lines: readonly SourceLine[],
  jurisdictions: readonly JurisdictionRef[],
  isLast: boolean,
  category?: string,
  issued?: number,
  /** The row's place in its table (1, 2, …): its number where the table has no 序号. */
  place = 0,
): RowResult {
  const first = lines[0];
  if (!first) return { warnings: [] };
  const warnings: ParseWarning[] = [];
  const firstCells = cellsOf(first);
  // The row's number is on its first line, or lower where the PDF centred the row on it.
  const numbered = lines.find((l) => isRowStart(l)) ?? first;
  const number = layout.numberCol < 0 ? String(place) : (cellsOf(numbered)[layout.numberCol]?.text ?? '').trim();
  if (number === '') warnings.push({ line: first.no, message: 'a table row without a number (序号); read as an item of its own' });
  const assembled = layout.columns.map(() => new Composite());
  let openP = 0;
  for (const [k, line] of lines.entries()) {
    const lineCells = cellsOf(line);
    const shift = k === 0 ? 0 : continuationShift(assembled, lineCells, layout);
    lineCells.forEach((cell, at) => {
      const col = at + shift;
      const comp = assembled[col];
      const units = layout.columns[col]?.role === 'UNITS';
      // A blank unit cell on a continuation line would put a stray space inside a name broken across the page.
      if (!comp || (cell.text.trim().length === 0 && units)) return;
      // A name broken across lines is glued back (人行永川中⏎心支行); a whole name after a whole name is a second unit, which a
      // line break keeps apart (省商务厅对外贸易处⏎市商务委自贸区处).
      if (units && endsWholeUnit(comp.toString()) && PLACE_START.test(cell.text.trim())) comp.separator('\n');
      openP += (cell.text.match(/<p\b[^<>]*>/gi) ?? []).length - (cell.text.match(/<\/p>/gi) ?? []).length;
      appendWithoutMarkup(comp, cell);
    });
  }
  const cells = assembled.map(trimmed);
  const lastCol = Math.max(...layout.unitCols.map((u) => u.col), layout.textCol, ...layout.detailCols);
  const missingUnits = firstCells.length <= lastCol && lines.length === 1;
  if (isLast && (missingUnits || openP > 0)) {
    warnings.push({ line: first.no, message: `table row ${number || '?'} is cut off (document truncated); it was left out` });
    return { warnings };
  }
  const body = itemText(layout, cells);
  const text = body.toString();
  if (text.length === 0) {
    warnings.push({ line: first.no, message: `table row ${number || '?'} has no text; it was left out` });
    return { warnings };
  }
  const span0 = body.fullSpan();
  // A title cell merged over several rows is written on one of them only; the others take their text's first phrase.
  const opening = (cells[layout.textCol] as Composite).toString() || text;
  const dot = opening.indexOf('。');
  const unitLists: UnitList[] = [];
  layout.unitCols.forEach((u) => {
    const comp = cells[u.col] as Composite;
    const ut = comp.toString();
    // A cell is read as a clause is: ； between the jurisdictions' lists, role verbs and marks, a closing phrase.
    const read = cellLists(ut, u, jurisdictions, (s, e) => comp.span(s, e));
    // Under 责任单位（排名第一的为牵头单位） each cell's first unit leads.
    const lists = u.firstLeads !== undefined ? withNotes(read, [u.firstLeads], false, true) : read;
    // 责任单位及责任人: a person's name after each unit (区商务委 李明) is no part of it.
    if (PERSON_HEADER.test(u.label)) for (const l of lists) l.units = l.units.map((w) => withoutPerson(w, ut, comp));
    unitLists.push(...lists.filter((l) => l.units.length > 0));
  });
  if (unitLists.length === 0) warnings.push({ line: first.no, message: `table row ${number} names no responsible unit` });
  else if (isLast) {
    // A notice ends with its 抄送 and printing lines; a file that stops inside the table may have lost the end of this
    // row's unit cell (人行永川中…), which no syntax shows.
    warnings.push({ line: first.no, message: `the file ends inside the attachment table, nothing after it: table row ${number} may be cut off; check its units` });
  }
  const deadline = layout.deadlineCol === undefined ? '' : (cells[layout.deadlineCol] as Composite).toString();
  const table: TableRow = {
    cells: layout.columns.map((c) => ({ header: c.header, role: c.role, text: (cells[c.col] as Composite).toString() })),
    ...(deadline ? { deadline } : {}),
    ...(category ? { category } : {}),
  };
  const last = lines[lines.length - 1] as SourceLine;
  const item: ParsedItem = {
    kind: 'ATTACHMENT_ITEM',
    number,
    ordinal: Number.parseInt(number, 10) || 0,
    title: (dot >= 0 ? opening.slice(0, dot) : opening).trim(),
    text,
    span: { start: Math.min(first.start, span0.start), end: Math.max(last.end, span0.end) },
    unitLists,
    mentions: findMentions(text, body),
    targets: [...findTargets(text, body, issued === undefined ? {} : { issued }), ...goals(layout, cells, opening)],
    subItems: [],
    table,
  };
  return { item, warnings };
}
