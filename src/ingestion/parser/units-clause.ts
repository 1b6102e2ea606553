/**
 * The clause that closes a measure and names who does it: （责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）.
 */
import type { JurisdictionRef, Span, UnitList, WrittenUnit } from '../../model/parsed';
import { jurisdictionIndexByPrefix, placeOfName } from './jurisdictions';
import type { Composite } from './text';

type Role = UnitList['role'];

const ROLE_OF_LABEL: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(?:牵头|主责|主要)/, 'LEAD'],
  [/^(?:配合|协同|协助|参与|协办)/, 'SUPPORTING'],
  [/^/, 'RESPONSIBLE'],
];
// 责任单位, 牵头单位, 配合单位, …; 牵头责任单位, 配合责任单位 and 主要责任单位 as some offices write them; 协办单位.
// 本部分责任单位 (a section's units, given once below its items) is labelled so too.
// A typed or OCR'd notice may put a space inside the label (责任 单位).
const LABEL = '(?:本部分|本节|本条|本项)?总?(?:(?:牵头|配合|主要)?责\\s*任|牵\\s*头|主责|配\\s*合|协同|协助|参与|协办)\\s*(?:单\\s*位|部\\s*门)';
const CLAUSE_OPEN = new RegExp(`[（(〔【［\\[]\\s*(${LABEL})\\s*[：:∶]`, 'g');
// A further role inside the clause: 配合单位： after ；, ， or 。 (…省交通运输厅。配合单位：重庆海关；成都海关), on a line of its own
// in a clause without brackets, or glued to the last unit where a line break was lost (…省商务厅配合单位：…).
const ROLE_LABEL = new RegExp(`(?:[；;，,。\\n]\\s*)?(${LABEL})\\s*[：:∶]`, 'g');
// What the units of a clause without brackets end with: without the brackets to mark it, 责任单位：按照分工落实到位 is text.
const BARE_UNIT_END = /(?:委|局|厅|办|部|院|署|中心|海关|政府|公司|行|处|会|所|站|段|队|室|组|部门|单位|集团|镇街|街道|区县|[）)〕])$/;
// A place's name alone (泸州市, 江津区, 荣县, 西部科学城重庆高新区), as a list writes it before a unit whose name the places
// share; 全市, 各区, 本县 name no place.
const BARE_PLACE = /^(?![全各本该])(?!(?:高新|经开|自贸|综保|开发|新|保税港|保税|经济技术开发|高新技术产业开发|示范|试点)区$)[\u3400-\u9fff]{1,10}[市区县州]$(?<!地区|都市区|城区|片区|园区|试验区)/u;
// A unit whose name opens with a place (宜宾市投资促进局, 两江新区管委会): one the bare places before it can share.
const PLACE_OPENED = /^(?![全各本该])[\u3400-\u9fff]{1,10}?[市区县州](?=[\u3400-\u9fff]{2})/u;
// What else a later part of a 由 sentence may name: a platform, a company, a fund.
const LATER_UNIT_END = /(?:平台|企业|基金|协会|商会|联盟)$/u;
// A clause without brackets: its label opens the item's text, a line or a sentence.
const BARE_OPEN = new RegExp(`(?:^|[\\n。])\\s*(${LABEL})\\s*[：:∶]`, 'g');
const CLOSE_OF: Readonly<Record<string, string>> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '［': '］', '[': ']' };
/**
 * Phrases that close a list without naming a unit: 按职责分工负责, 等部门按职责分工负责, 等按职能职责分工落实, ，分别负责, and a
 * bare 等 (市发改委、市经信局等: "and others").
 */
const TRAILING =
  /(?:[，,]\s*)?((?:等(?:部门|单位)?)?(?:按照?(?:职责|职能|属地){1,2}(?:管理原则|分工)?(?:负责|落实|推进)|属地(?:管理)?(?:负责|落实)|分工(?:负责|落实)|负责落实|(?:共同|分别|各自)?负责|配合|在[^，,。；;]{2,24}指导下(?:推进|开展|实施|落实)?)|等(?:(?:区级|市级|省级|县级|相关|有关)*(?:部门|单位))?)\s*$/;
// A line break separates units where a table cell puts them on lines of their own; a full stop where a list goes on in
// a sentence of its own (区商务委、区发展改革委。区财政局: what is no unit after it was cut off before).
const UNIT_SEP = /[、，,。\n]/;
/**
 * 和, 及 or 以及 between two units (区市场监管局和各镇街); inside a name (市经济和信息化委) it follows no unit's ending, and
 * before 其/所属/隶属/下属 it joins a unit's own offices (重庆海关及隶属海关), which name no unit of their own.
 */
const UNIT_JOINER = /(?<=[局委厅办院署关府司行室组部心])\s*(?:以及|和|及)\s*(?!其|所属|隶属|下属|各级)(?=\S{2})/gu;
/**
 * What closes a unit inside a list: 等区级部门, 等相关区（市）县政府, 等市级国有企业 ("and the other …": group 1 names them, a
 * generic entry of its own) or 及其下属单位, 及隶属海关 (the unit's own offices, no unit of their own).
 */
const AND_OTHERS =
  /(?<=\S{2})(?:等((?:区级|市级|省级|县级|区属|市属|县属|省属|相关|有关|其他|各|区县)[^、，,；;]{0,10}?(?:部门|单位|政府|企业)|[^、，,；;]{0,8}?(?:金融机构|法人银行)|(?:国家|有关|相关)?部委)|等(?:部门|单位)|(?:以及|及|和)其?(?:所属|隶属|下属)\S*)$/u;
/** A unit's role written after it in brackets (区商务委（牵头）, 市商务委〔牵头〕, 【牵头】): the unit is the name before it. */
const UNIT_ROLE_MARK = /\s*[（(〔【［[]\s*(牵头|主责|配合|协办|协助|参与)\s*[）)〕】］\]]$/u;
/** A time to finish by, or how long, in brackets after a unit (市商务局（2025年12月底前完成）, （持续推进）): no part of its name. */
const UNIT_DUE_MARK =
  /\s*[（(〔【［[]\s*(?:[0-9０-９]{4}\s*年(?:[^（(）)〔〕【】［\]]*?(?:前|底|末|内|完成|推进|月|[0-9０-９]{4}\s*年))?|[0-9０-９]{1,2}\s*月(?:底|末|上旬|中旬|下旬)?前?(?:完成)?|(?:持续|长期|常态化)(?:推进|实施|坚持|开展)?|[^（(）)〔〕]*前完成|(?:每年|每季度|每月)[^（(）)〔〕]*)\s*[）)〕】］\]]$/u;
// 排名第一的为牵头单位, 排第一的…, 排在首位的…, with ，其余为配合单位 after it or not.
const FIRST_LEADS_NOTE = '(?:排名|排在|排序|列|排)?(?:第一|首位)(?:位|个|名)?(?:的|单位)*为牵头单位(?:[，,、]\\s*其[余他](?:单位)?为(?:配合|责任)单位)?';
/**
 * Notes that close a clause without naming a unit: 下同 ("the same below") and 排名第一的为牵头单位 ("the unit named first
 * leads"), after a comma, a full stop or in brackets of their own. Group 1 is the note; `FIRST_LEADS` tells the second kind.
 */
const CLAUSE_NOTE = new RegExp(`(?:[，,；;。]\\s*|\\s*[（(]\\s*)(${FIRST_LEADS_NOTE}|下同)\\s*[）)]?\\s*$`, 'u');
const FIRST_LEADS = /为牵头单位/u;
const REST_SUPPORT = /其[余他](?:单位)?为配合单位$/u;
/** A units column headed with the note (责任单位（排名第一的为牵头单位）): the note, to apply to every cell. */
export const FIRST_LEADS_HEADER = new RegExp(`[（(]?${FIRST_LEADS_NOTE}[）)]?`, 'u');
/** 会同 or 协同 ("together with") opening a unit of a list; no unit name opens so. */
const CONNECTIVE = /^(?:会同|协同)\s*(?=\S{2})/;
/**
 * A part of a clause without a label that names units and then their role: 市商务委牵头, 市财政局等配合,
 * 各区县政府按职责分工负责, (由)市商务委负责. Group 1: the units; group 2: anything between them and the verb; group 3: the verb.
 */
const ROLE_VERB_PART =
  /^\s*由?\s*(.+?)\s*((?:等(?:部门|单位)?)?(?:按照?(?:职责|职能|属地){1,2}(?:管理原则|分工)?|属地(?:管理)?)?)(牵头负责|牵头|负责落实|负责|配合落实|配合|参与|协助|协同|抓好落实|落实|业务指导|指导)\s*$/;
/**
 * The units of a sentence that says who does the work, its last: 此项工作由市商务委牵头，市财政局配合。 or, below a
 * section's items, 以上任务由市商务委牵头，重庆海关、市发展改革委按职责分工负责。 The match ends at 由.
 */
const WORK_BY_SENTENCE = /(?:^|[。\n])\s*(?:(?:此项|该项|本项)工作|(?:以上|上述)(?:各项)?(?:工作|任务|措施|事项|内容))由(?=[^。\n]*$)/u;
const ROLE_OF_VERB: Readonly<Record<string, Role>> = {
  牵头负责: 'LEAD',
  牵头: 'LEAD',
  负责落实: 'RESPONSIBLE',
  负责: 'RESPONSIBLE',
  配合落实: 'SUPPORTING',
  配合: 'SUPPORTING',
  参与: 'SUPPORTING',
  协助: 'SUPPORTING',
  协同: 'SUPPORTING',
  抓好落实: 'RESPONSIBLE',
  落实: 'RESPONSIBLE',
  // The body above that guides the work (市交通运输委指导) takes part in it, as a supporting unit does.
  业务指导: 'SUPPORTING',
  指导: 'SUPPORTING',
};
/** Verbs that say only that the units do the work, not how they share it: a part with one takes its clause's role. */
const PLAIN_VERBS: ReadonlySet<string> = new Set(['负责', '负责落实', '落实', '抓好落实']);
/** A unit name is short and is no sentence: a part with a longer or punctuated "unit" is running text. */
const UNIT_NAME = /^[^。；;：:∶“”《》]{2,24}$/;

export function roleOf(label: string): Role {
  const own = label.replace(/\s+/g, '').replace(/^(?:本部分|本节|本条|本项)?总?/, '');
  for (const [re, role] of ROLE_OF_LABEL) if (re.test(own)) return role;
  return 'RESPONSIBLE';
}

export interface UnitClauseResult {
  lists: UnitList[];
  /** Index in the text of an opening （责任单位： that never closes: the text was cut off there. */
  unclosedAt?: number;
}

/** Position of the bracket closing the clause opened at `from`, nested （） in unit names allowed; -1 if none. */
function findClose(text: string, from: number, open: string): number {
  const close = CLOSE_OF[open] ?? '）';
  const paren = close === '）' || close === ')';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') return -1;
    // （…) with the closing bracket of the other width, as a typed list sometimes has it, closes the clause too.
    if (depth === 0 && (c === close || (paren && (c === '）' || c === ')')))) return i;
    // Either width of （）, and the clause's own bracket (各区县〔自治县〕 inside 〔责任单位：…〕), nest in names.
    if (c === open || c === '（' || c === '(') depth++;
    else if ((c === close || c === '）' || c === ')') && depth > 0) depth--;
  }
  return -1;
}

/** Splits text[start, end) at top-level separators (outside nested brackets). */
function splitTop(text: string, start: number, end: number, sep: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(' || c === '〔' || c === '《') depth++;
    else if ((c === '）' || c === ')' || c === '〕' || c === '》') && depth > 0) depth--;
    else if (depth === 0 && sep.test(c)) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, end]);
  return out;
}

/** The work a later part of a 由 sentence hands on (，具体工作由…负责); who pays (所需经费由…) is no task's unit. */
const WORK_BY_PART = /^\s*(?:(?:具体|日常|相关)?(?:工作|事务|组织实施|实施)|[\u3400-\u9fff]{2,4}方面)由/u;

/** text[start, end) cut after each role verb that a 、 follows: 区商务委牵头、区财政局配合 is two parts. */
function afterRoleVerbs(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (const m of text.slice(start, end).matchAll(/(?:牵头|配合|负责|参与|协助)、/gu)) {
    const cut = start + m.index + m[0].length - 1;
    out.push([s, cut]);
    s = cut + 1;
  }
  out.push([s, end]);
  return out;
}

interface RolePart {
  label: string;
  start: number;
  end: number;
}

/** The clause text[start, end) cut where a further role label begins, outside nested brackets. */
function roleParts(text: string, start: number, end: number, firstLabel: string): RolePart[] {
  const parts: RolePart[] = [];
  let part: RolePart = { label: firstLabel, start, end };
  const inner = text.slice(start, end);
  ROLE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_LABEL.exec(inner)) !== null) {
    if (bracketDepth(inner, m.index) > 0) continue;
    parts.push({ ...part, end: start + m.index });
    part = { label: m[1] as string, start: start + m.index + m[0].length, end };
  }
  parts.push(part);
  return parts;
}

function bracketDepth(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(' || c === '〔' || c === '《') depth++;
    else if ((c === '）' || c === ')' || c === '〕' || c === '》') && depth > 0) depth--;
  }
  return depth;
}

/**
 * Whether the text opens a unit clause that it does not close: a paragraph that ends so was cut by a page break
 * (…市发展改革委；⏎⏎省商务厅、…）), whatever punctuation the cut line ended with.
 */
export function opensUnitClause(text: string): boolean {
  CLAUSE_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_OPEN.exec(text)) !== null) {
    const close = findClose(text, m.index + m[0].length, m[0].charAt(0));
    if (close < 0) return true;
    CLAUSE_OPEN.lastIndex = close + 1;
  }
  return false;
}

const CLAUSE_LINE = new RegExp(`^\\s*[（(〔【［\\[]?\\s*${LABEL}\\s*[：:∶]`);

/** Whether a paragraph opens with a unit clause's label: （责任单位：…）, 〔牵头单位：…〕 or 责任单位：… on a line of its own. */
export function isUnitClauseLine(text: string): boolean {
  return CLAUSE_LINE.test(text);
}

const LABEL_LINE = new RegExp(`^\\s*(?:${LABEL}|完成时限|完成时间|完成期限|办结时限|时间节点|时限要求|时间要求|时间安排)\\s*[：:∶]`);

/**
 * Whether a line opens with a bare label of its own (牵头单位：…, 配合单位：…, 完成时限：…): a line of the item's
 * clause, never the line above going on.
 */
export function isLabelLine(text: string): boolean {
  return LABEL_LINE.test(text);
}

/** A written unit and the role its own bracket gives it (区商务委（牵头）), if any. */
export interface MarkedUnit extends WrittenUnit {
  mark?: Role;
}

/** text[start, end) cut at 和/及 between two units, outside brackets. */
function splitJoined(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const piece = text.slice(start, end);
  let s = start;
  UNIT_JOINER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNIT_JOINER.exec(piece)) !== null) {
    if (bracketDepth(piece, m.index) > 0) continue;
    out.push([s, start + m.index]);
    s = start + m.index + m[0].length;
  }
  out.push([s, end]);
  return out;
}

/**
 * Units of one list text[start, end): split by 、 (and 和/及 between two units), each trimmed of edge blanks, inner
 * spaces kept; a role in brackets after a unit (（牵头）) is taken off its name and kept as its mark.
 */
export function splitUnits(text: string, start: number, end: number, spanOf: (s: number, e: number) => Span): MarkedUnit[] {
  const units: MarkedUnit[] = [];
  for (const [s1, e1] of splitTop(text, start, end, UNIT_SEP)) {
    for (const [s0, e0] of splitJoined(text, s1, e1)) {
      let s = s0;
      let e = e0;
      while (s < e && /\s/.test(text.charAt(s))) s++;
      while (e > s && /\s/.test(text.charAt(e - 1))) e--;
      // A connective before a unit (…、市发展改革委，会同四川省商务厅) is no part of its name: the unit and its span start after it.
      const connective = CONNECTIVE.exec(text.slice(s, e));
      if (connective) s += connective[0].length;
      // A time and a role may follow a unit in either order: 市商务委（2025年底前）（牵头）, 市商务委（牵头）（2025年底前）.
      const due = UNIT_DUE_MARK.exec(text.slice(s, e));
      if (due) e = s + due.index;
      const mark = UNIT_ROLE_MARK.exec(text.slice(s, e));
      if (mark) e = s + mark.index;
      const dueBefore = mark ? UNIT_DUE_MARK.exec(text.slice(s, e)) : null;
      if (dueBefore) e = s + dueBefore.index;
      // 区发展改革委等区级部门，各镇街: "and the other district departments" closes a unit, not only the list.
      const others = AND_OTHERS.exec(text.slice(s, e));
      const othersEnd = e;
      if (others) e = s + others.index;
      if (e <= s) continue;
      const unit: MarkedUnit = { asWritten: text.slice(s, e), position: units.length, span: spanOf(s, e) };
      if (mark) unit.mark = roleOf(mark[1] as string);
      units.push(unit);
      const group = others?.[1];
      if (group !== undefined) units.push({ asWritten: group, position: units.length, span: spanOf(othersEnd - group.length, othersEnd) });
    }
  }
  return units;
}

function withoutMark({ mark: _mark, ...unit }: MarkedUnit): WrittenUnit {
  return unit;
}

/** The units of a list by role: those marked （牵头） or （配合） apart from the rest, each group renumbered from 0. */
function byMark(units: readonly MarkedUnit[], role: Role): Array<{ role: Role; units: WrittenUnit[] }> {
  const groups = new Map<Role, WrittenUnit[]>();
  for (const { mark, ...u } of units) {
    const r = mark ?? role;
    const group = groups.get(r) ?? [];
    group.push({ ...u, position: group.length });
    groups.set(r, group);
  }
  return [...groups].map(([r, us]) => ({ role: r, units: us }));
}

/**
 * The jurisdiction of a list: the one its first unit that names a place by its start names (成都海关、省商务厅；… is
 * 四川's by 省商务厅, though 成都海关 names none of the plan's places by its start), else the list's place in the clause.
 */
function jurisdictionFor(listIndex: number, units: readonly WrittenUnit[], jurisdictions: readonly JurisdictionRef[]): string {
  if (jurisdictions.length === 0) return '';
  const byPrefix = units.map((u) => jurisdictionIndexByPrefix(u.asWritten, jurisdictions)).find((i) => i >= 0) ?? -1;
  // A list beyond the plan's places (a third, 江津区交通局、区港航中心, in a plan of 永川区 and 泸州市) is the place its units
  // name, not the last place's.
  if (byPrefix < 0 && listIndex >= jurisdictions.length) {
    const named = units.map((u) => placeOfName(u.asWritten)).find((j) => j !== undefined);
    if (named !== undefined) return named.name;
  }
  const i = byPrefix >= 0 ? byPrefix : Math.min(listIndex, jurisdictions.length - 1);
  return (jurisdictions[i] as JurisdictionRef).name;
}

/**
 * A clause without a label at the very end of the text, every part of it units and a role verb:
 * （市商务委牵头，市发展改革委、市财政局等配合；省商务厅牵头，省发展改革委配合）. Anything less regular is left as text.
 */
function unlabelledClause(text: string, spanOf: (s: number, e: number) => Span, jurisdictions: readonly JurisdictionRef[]): UnitList[] {
  const last = lastClause(text, spanOf, jurisdictions);
  return last.length > 0 ? last : sentenceByLists(text, spanOf, jurisdictions);
}

// A sentence that says who does the work wherever it stands: 由市商务委、省商务厅牵头，…负责，联合培育…。, 此项工作由…。, and
// each side's (重庆方面由市招商投资促进局负责，四川方面由省投资促进局负责。).
// A point's own number may stand before it ((2)由人民银行成都分行牵头，…), and a clause may open with it after a comma
// (…便利化，由省商务厅牵头，省司法厅配合。): what follows must still be units and their role verbs.
// 第（一）—（三）项由… only at the start of an item (an assignment, see range-assignments.ts).
const SENTENCE_BY =
  /(?:^\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、])?\s*(?:第[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)]?(?:\s*[—–－~至到、]\s*[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)]?)*项(?:工作|任务|措施)?)?|[。\n，,；;])\s*(?:(?:此项|该项|本项)工作|(?:以上|上述)(?:各项)?(?:工作|任务|措施|事项|内容)|[\u3400-\u9fff]{2,4}方面)?由/gu;

/** The lists of the first sentence of the text that opens with 由 and names units with their role verbs. */
function sentenceByLists(text: string, spanOf: (s: number, e: number) => Span, jurisdictions: readonly JurisdictionRef[]): UnitList[] {
  for (const m of text.matchAll(SENTENCE_BY)) {
    const from = (m.index ?? 0) + m[0].length;
    const stop = text.indexOf('。', from);
    // After a comma only a clause that names a lead (，由省商务厅牵头，…): ，由运营公司负责 names who, not a unit — except in
    // a point counted off (一是建设公共保税仓，由自贡综保区管理局负责；), which says whose the point is.
    const point = /^\s*[一二三四五六七八九十]+是/u.test(text);
    if (/^[，,；;]/u.test(m[0]) && !point && !text.slice(from, stop < 0 ? undefined : stop).includes('牵头')) continue;
    const lists = roleVerbLists(text, from, stop < 0 ? text.replace(/[；;\s]+$/u, '').length : stop, spanOf, jurisdictions, true);
    if (lists.length > 0) return lists;
  }
  return [];
}

/** A clause without a label at the very end of the text (see unlabelledClause). */
function lastClause(text: string, spanOf: (s: number, e: number) => Span, jurisdictions: readonly JurisdictionRef[]): UnitList[] {
  const end = text.replace(/[。；;\s]+$/u, '').length;
  const closeChar = text.charAt(end - 1);
  if (closeChar !== '）' && closeChar !== ')') {
    const sentence = WORK_BY_SENTENCE.exec(text.slice(0, end));
    return sentence ? roleVerbLists(text, sentence.index + sentence[0].length, end, spanOf, jurisdictions, true) : [];
  }
  let open = -1;
  for (let i = end - 2, depth = 0; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n') return [];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return [];
  // （重庆：市交通运输委、重庆高速集团；四川：省交通运输厅、蜀道集团）: each side's label says these are its units.
  if (placeLabel(text, open + 1, jurisdictions)) {
    const lists = clauseLists(text, open + 1, end - 1, '责任单位', jurisdictions, spanOf);
    const units = lists.flatMap((l) => l.units);
    if (units.length > 0 && units.every((u) => UNIT_NAME.test(u.asWritten) && BARE_UNIT_END.test(u.asWritten))) return lists;
  }
  return roleVerbLists(text, open + 1, end - 1, spanOf, jurisdictions);
}

/**
 * text[start, end), every part of it units and a role verb (市商务委牵头，市发展改革委、市财政局等配合；省商务厅牵头，…): one
 * list per part; none unless all parts read so and someone leads or is responsible.
 *
 * `afterBy`: the text follows 此项工作由 or 以上任务由, which already says units come. Once the first part has named
 * some, a later part may hand the work on in a 由 of its own (，具体工作由区招商中心负责), and a part that names no task's
 * units (，所需经费由区财政局负责, ，2025年底前完成) is passed over instead of costing the sentence its lead.
 */
function roleVerbLists(
  text: string,
  start: number,
  end: number,
  spanOf: (s: number, e: number) => Span,
  jurisdictions: readonly JurisdictionRef[],
  afterBy = false,
): UnitList[] {
  const lists: UnitList[] = [];
  const listsOfRole = new Map<Role, number>();
  // Parts that name units but no verb, waiting for the verb of a later part.
  const waiting: WrittenUnit[][] = [];
  let leads = false;
  const notes = clauseNotes(text, start, end);
  if (notes.end < end) {
    const inner = roleVerbLists(text, start, notes.end, spanOf, jurisdictions, afterBy);
    return inner.length > 0 ? withNotes(inner, notes.notes) : [];
  }
  for (const [s, e] of splitTop(text, start, end, /[；;]/)) {
    for (const [ps, pe] of splitTop(text, s, e, /[，,]/).flatMap(([a, b]) => afterRoleVerbs(text, a, b))) {
      const by = afterBy && lists.length > 0 ? WORK_BY_PART.exec(text.slice(ps, pe)) : null;
      const vp = by ? verbPart(text, ps + by[0].length, pe, spanOf) : verbPart(text, ps, pe, spanOf);
      // Without a label, every name must end as a unit's does: （抓好落实）, （专人负责） name none. Once 此项工作由… has named
      // a unit, the sentence is known to list them (，市财政局、中欧班列运营平台配合), and only a part with no role verb is
      // passed over.
      const listing = afterBy && lists.length > 0;
      // Once listing, a platform or a company may do the work too (中欧班列运营平台配合), but no phrase (专人负责,
      // 相关企业积极参与) is a unit.
      const unitLike = (u: WrittenUnit): boolean => BARE_UNIT_END.test(u.asWritten) || (listing && LATER_UNIT_END.test(u.asWritten));
      // A bare place before a unit that opens with a place shares that unit's name (泸州市、宜宾市投资促进局配合), and places
      // alone are their governments (泸州市、宜宾市配合): read as the labelled lists read them.
      const place = (u: WrittenUnit): boolean => BARE_PLACE.test(u.asWritten);
      const sharing = (u: WrittenUnit, k: number, us: readonly WrittenUnit[]): boolean => {
        const next = us.slice(k + 1).find((x) => !place(x));
        return place(u) && (next === undefined ? us.every(place) : PLACE_OPENED.test(next.asWritten) && unitLike(next));
      };
      const names = (us: readonly WrittenUnit[]): boolean => us.length > 0 && us.every((u, k) => unitLike(u) || sharing(u, k, us));
      if (vp === undefined) {
        // 省卫生健康委、省药监局，市卫生健康委、市药监局配合: one side's units before the other's share the verb after them.
        const units = splitUnits(text, ps, pe, spanOf).map(withoutMark);
        if (names(units)) {
          waiting.push(units);
          continue;
        }
      }
      if (!vp || !names(vp.units)) {
        waiting.length = 0;
        if (listing) continue;
        return [];
      }
      const { role, units, verb } = vp;
      leads ||= role !== 'SUPPORTING';
      for (const us of [...waiting.splice(0), units]) {
        const index = listsOfRole.get(role) ?? 0;
        listsOfRole.set(role, index + 1);
        const list: UnitList = { index, jurisdiction: jurisdictionFor(index, us, jurisdictions), role, units: us, label: verb };
        if (us === units && vp.trailing !== undefined) list.trailing = vp.trailing;
        lists.push(list);
      }
    }
  }
  // Units left without a verb after them are no list (，相关企业 closes nothing): passed over once listing, else none.
  if (waiting.length > 0 && !(afterBy && lists.length > 0)) return [];
  // Someone must lead or be responsible: （…等配合） alone is more likely a remark than the measure's units.
  return leads ? lists : [];
}

/**
 * Every unit clause in an item's text. List i of a clause belongs to jurisdictions[i] (a joint plan
 * names 重庆 first, 四川 second), unless its first unit names another issuer's place outright.
 */
/** The notes that close text[start, end) (see CLAUSE_NOTE), in the order written, and where the lists before them end. */
function clauseNotes(text: string, start: number, end: number): { end: number; notes: string[] } {
  const notes: string[] = [];
  let e = end;
  // Only at the clause's own level: （以下简称市口岸物流办，下同） inside a unit's bracket is part of its name.
  for (let m = CLAUSE_NOTE.exec(text.slice(start, e)); m !== null && m.index > 0 && bracketDepth(text.slice(start, e), m.index) === 0; m = CLAUSE_NOTE.exec(text.slice(start, e))) {
    notes.unshift(m[1] as string);
    e = start + m.index;
  }
  return { end: e, notes };
}

/**
 * The lists with their clause's notes: each kept as the last list's closing phrase; 排名第一的为牵头单位 also makes the
 * first unit of each list of responsible units its lead (a list of one stays as it is: it has no order to speak of).
 */
export function withNotes(lists: UnitList[], notes: readonly string[], keep = true, loneLeads = false): UnitList[] {
  if (notes.length === 0) return lists;
  const firstLeads = notes.some((n) => FIRST_LEADS.test(n));
  // ，其余为配合单位: the units after the first support it.
  const restRole: Role = notes.some((n) => REST_SUPPORT.test(n)) ? 'SUPPORTING' : 'RESPONSIBLE';
  const out = lists.flatMap((l): UnitList[] => {
    if (!firstLeads || l.role !== 'RESPONSIBLE' || l.units.length === 0) return [l];
    if (l.units.length === 1) return [loneLeads ? { ...l, role: 'LEAD' } : l];
    const [first, ...rest] = l.units as [WrittenUnit, ...WrittenUnit[]];
    const lead: UnitList = { index: l.index, jurisdiction: l.jurisdiction, role: 'LEAD', units: [{ ...first, position: 0 }] };
    if (l.label !== undefined) lead.label = l.label;
    return [
      lead,
      { ...l, role: restRole, units: rest.map((u, position) => ({ ...u, position })) },
    ];
  });
  if (!keep) return out;
  const last = out[out.length - 1];
  if (last !== undefined) last.trailing = [last.trailing, ...notes].filter((t) => t !== undefined).join('，');
  return out;
}

// The central government's bodies a plan names beside the provinces' (海关总署, 商务部, 国家发展改革委, 中国人民银行).
const CENTRAL_BODY_NAME = /^(?:(?:国家|中国|中华人民共和国|国务院)[\u3400-\u9fff（）]{2,16}|海关总署|[\u3400-\u9fff]{1,8}部)(?:等[\u3400-\u9fff]{2,6})?$/u;

/** Whether a segment names central bodies only. */
function centralOnly(segment: string): boolean {
  const names = segment.split(/[、，,]/u).map((n) => n.trim()).filter((n) => n.length > 0);
  return names.length > 0 && names.every((n) => CENTRAL_BODY_NAME.test(n) && !/(?:重庆|四川|成都|省|市|区|县)/u.test(n));
}

/** The lists of one labelled clause, text[start, end) after its first label. */
export function clauseLists(
  text: string,
  start: number,
  end: number,
  firstLabel: string,
  jurisdictions: readonly JurisdictionRef[],
  spanOf: (s: number, e: number) => Span,
  firstRole?: Role,
): UnitList[] {
  // A note after the lists (，下同; ，排名第一的为牵头单位) names no unit; the second makes each list's first unit its lead.
  const notes = clauseNotes(text, start, end);
  if (notes.end < end) {
    const lists = clauseLists(text, start, notes.end, firstLabel, jurisdictions, spanOf, firstRole);
    return withNotes(lists, notes.notes);
  }
  // …，排名第一的为牵头单位；2025年底前完成: a note before the time to finish by.
  const dueFirst = deadlineIn(text, start, end);
  const notesBefore = dueFirst === undefined ? undefined : clauseNotes(text, start, dueFirst.at);
  if (dueFirst !== undefined && notesBefore !== undefined && notesBefore.end < dueFirst.at) {
    const lists = withNotes(clauseLists(text, start, notesBefore.end, firstLabel, jurisdictions, spanOf, firstRole), notesBefore.notes);
    const lastList = lists[lists.length - 1];
    if (lastList !== undefined) lastList.trailing = [lastList.trailing, dueFirst.text].filter((t) => t !== undefined).join('，');
    return lists;
  }
  const lists: UnitList[] = [];
  // List i of a role belongs to jurisdiction i, whichever way the roles interleave: 牵头单位：重庆…；四川…。配合单位：
  // 重庆…；四川…, or 牵头单位：重庆…，配合单位：重庆…；牵头单位：四川…，配合单位：四川….
  const listsOfRole = new Map<Role, number>();
  const push = (role: Role, units: WrittenUnit[], label: string, trailing: string | undefined, place?: number, at?: number): void => {
    const index = at ?? listsOfRole.get(role) ?? 0;
    if (at === undefined) listsOfRole.set(role, index + 1);
    const list: UnitList = { index, jurisdiction: jurisdictionFor(place ?? index, units, jurisdictions), role, units, label };
    if (trailing !== undefined) list.trailing = trailing;
    lists.push(list);
  };
  // A time to finish by closes the clause (；完成时限：2025年12月底前, ，2025年底前完成): it names no unit, and it stays as the
  // last list's closing phrase.
  const due = deadlineIn(text, start, end);
  const unitsEnd = due?.at ?? end;
  for (const [p, part] of roleParts(text, start, unitsEnd, firstLabel).entries()) {
    const role = p === 0 && firstRole !== undefined ? firstRole : roleOf(part.label);
    const segments = splitTop(text, part.start, part.end, /[；;]/).flatMap(([a, b]) => atPlaceLabels(text, a, b, jurisdictions));
    // A segment of central bodies alone (海关总署；西永海关…；成都…) is no place's: the places count the others only.
    const central = segments.map(([a, b]) => centralOnly(text.slice(a, b)));
    const placed = segments.filter((_, k) => !central[k]).length;
    let slot = 0;
    for (const [k, [labelled, segEnd]] of segments.entries()) {
      // A segment may say whose it is (重庆：重庆海关、市商务委；四川：…, 重庆市——…，四川省——…): the label places it.
      const label = placeLabel(text, labelled, jurisdictions);
      const s = labelled + (label?.length ?? 0);
      // A part with several ；-segments has one per jurisdiction, whatever roles their verbs and marks give the lists
      // in each (a 四川 segment may name 配合 units where the 重庆 one names none). A part of one segment is placed by
      // the count of its role's lists (牵头单位：重庆…，配合单位：重庆…；牵头单位：四川…).
      const place = label?.place ?? (central[k] ? 0 : placed > 1 ? slot++ : undefined);
      // 省商务厅牵头，省发展改革委、省财政厅配合 inside a 责任单位 clause: each part's verb gives its role.
      const byVerb = verbLists(text, s, segEnd, role, spanOf);
      if (byVerb) {
        // One segment is one list's place, whatever roles its verbs give (区发改委，市商务委指导；配合单位：… leaves the
        // 配合单位 list first of its role): the verb lists take the index of the part's own role.
        const at = place ?? listsOfRole.get(role) ?? 0;
        for (const v of byVerb) push(v.role, v.units, part.label, v.trailing, place, at);
        listsOfRole.set(role, at + 1);
        continue;
      }
      // A time to finish by inside a segment (市商务委，完成时限：2024年底前；配合单位：…) closes that segment's list.
      const segDue = deadlineIn(text, s, segEnd);
      const cut = cutTrailing(text, s, segDue?.at ?? segEnd);
      const e = cut.end;
      const trailing = segDue === undefined ? cut.trailing : [cut.trailing, segDue.text].filter((x) => x !== undefined).join('，');
      const groups = byMark(splitUnits(text, s, e, spanOf), role);
      if (groups.length === 0) {
        if (trailing !== undefined) push(role, [], part.label, trailing, place);
        continue;
      }
      for (const g of groups) push(g.role, g.units, part.label, trailing, place);
    }
  }
  const last = lists[lists.length - 1];
  if (due !== undefined && last !== undefined) last.trailing = [last.trailing, due.text].filter((t) => t !== undefined).join('，');
  return lists;
}

// 完成时限：, 时间节点：, 完成时间： after a list, outside brackets; or the clause's last phrase opening with a year
// (，2025年底前完成, ；2025年12月底前).
const DEADLINE_LABEL = /[；;，,。\s]\s*(?:完成时限|完成时间|完成期限|办结时限|时间节点|时限要求|时间要求|时间安排|时限)\s*[：:∶]/gu;
const DEADLINE_LAST = /[；;，,。]\s*((?:于|在)?[0-9０-９]{4}\s*年[^；;，,。（）()]*)。?\s*$/u;

/** Where a time to finish by begins in a clause text[start, end), and what it says; undefined if it has none. */
function deadlineIn(text: string, start: number, end: number): { at: number; text: string } | undefined {
  const inner = text.slice(start, end);
  DEADLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEADLINE_LABEL.exec(inner)) !== null) {
    if (bracketDepth(inner, m.index) > 0) continue;
    const rest = inner.slice(m.index + 1);
    // Only a time that closes the clause: with a further list after it (…，完成时限：2024年底前；配合单位：…) it is left to the lists.
    ROLE_LABEL.lastIndex = 0;
    if (/[；;]/u.test(rest) || ROLE_LABEL.test(rest)) continue;
    return { at: start + m.index, text: rest.trim().replace(/。$/u, '') };
  }
  const last = DEADLINE_LAST.exec(inner);
  return last && bracketDepth(inner, last.index) === 0 ? { at: start + last.index, text: (last[1] as string).trim() } : undefined;
}

/** A place's name and a colon or dash opening a list (重庆：, 四川省——): its length and the place's index in the plan. */
function placeLabel(text: string, at: number, jurisdictions: readonly JurisdictionRef[]): { length: number; place: number } | undefined {
  // A single dash joins names (重庆—成都双城经济圈…); only a colon or a double dash labels a list.
  const m = /^\s*([\u3400-\u9fff]{2,8}?)\s*(?:[：:∶]|——)\s*/u.exec(text.slice(at, at + 16));
  if (!m) return undefined;
  // 重庆方面：, 四川方： name the side as 重庆：, 四川： do.
  const written = (m[1] as string).replace(/(?<=\S{2})(?:方面|方)$/u, '');
  const place = jurisdictions.findIndex((j) => j.name === written || j.name.replace(/[省市区县]$/u, '') === written);
  return place < 0 ? undefined : { length: m[0].length, place };
}

/** text[start, end) cut before each ，that a place's label follows (重庆市——…，四川省——…). */
function atPlaceLabels(text: string, start: number, end: number, jurisdictions: readonly JurisdictionRef[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (const [a] of splitTop(text, start, end, /[，,]/)) {
    if (a > start && placeLabel(text, a, jurisdictions)) {
      out.push([s, a - 1]);
      s = a;
    }
  }
  out.push([s, end]);
  return out;
}

/**
 * text[start, end) without the phrase that closes a list (按职责分工负责, 等): where the units end, and the phrase. A
 * sentence after the list (。争取海关总署、商务部支持, 。2025年底前完成) or a request (，争取海关总署支持) closes it too: it
 * asks bodies above for help, it gives them no task.
 */
function cutTrailing(text: string, start: number, end: number): { end: number; trailing?: string } {
  // A full stop closing the last unit (（…区财政局。）) is no part of its name.
  if (text.charAt(end - 1) === '。') return cutTrailing(text, start, end - 1);
  const after = AFTER_LIST.exec(text.slice(start, end));
  // 。区财政局 or 。区财政局、区发展改革委配合 after a list names more units: only words that are no units close it.
  const moreUnits = after !== null && /^。/.test(after[0]) && namesUnits(after[1] as string);
  if (after && after.index > 0 && !moreUnits) {
    const inner = cutTrailing(text, start, start + after.index);
    return { end: inner.end, trailing: [inner.trailing, after[1]].filter((t) => t !== undefined).join('，') };
  }
  const tm = TRAILING.exec(text.slice(start, end));
  return tm && tm[1] ? { end: start + tm.index, trailing: tm[1] } : { end };
}
// A role alone in a side's cell (主办⇥协办): what the side does, not who.
const ROLE_ONLY = /^(?:主办|协办|承办|牵头|配合|参与|协助|负责|支持)$/u;
// An area alone (两江新区, 四川天府新区): its body, as a place alone is its government.
const AREA_ALONE = /^[\u3400-\u9fff]{2,12}(?:新区|开发区|示范区|试验区|综合保税区|综保区)$/u;
// Words that make a place-shaped name no place (所在区, 涉及县).
const NO_PLACE_STEM = /^(?:所在|所属|涉及|相关|有关|试点|重点|市区$)/u;
// Bodies named by kind, as a list names them too (相关企业, 各金融机构).
const GENERIC_BODIES = /^(?:相关|有关|各|重点)[\u3400-\u9fff]{0,8}(?:企业|机构|高校|协会|商会)$/u;
/**
 * Whether a name reads as a unit's: a few characters, no sentence, ending as units end (not 1300, 已实现), or a place or
 * an area alone (江津区, 泸州市, 两江新区); a role alone (主办, 协办) is none.
 */
export function isUnitName(name: string): boolean {
  if (!UNIT_NAME.test(name) || ROLE_ONLY.test(name)) return false;
  return BARE_UNIT_END.test(name) || (BARE_PLACE.test(name) && !NO_PLACE_STEM.test(name)) || AREA_ALONE.test(name) || GENERIC_BODIES.test(name);
}

/** Whether a phrase is units only, with or without a role verb (区财政局、区发展改革委配合). */
function namesUnits(phrase: string): boolean {
  const names = phrase.replace(/(?:牵头|配合|负责|参与|协助)$/u, '').split(/[、，,]/u);
  return names.every((n) => UNIT_NAME.test(n) && BARE_UNIT_END.test(n));
}
// Asking bodies above for help (争取海关总署支持): a request, no task.
const ASKS = '(?:积极)?(?:争取|报请|请求|商请)';
const REQUEST = new RegExp(`^\\s*${ASKS}\\S*(?:支持|指导|帮助|同意|批准|倾斜)\\s*$`, 'u');
const AFTER_LIST = new RegExp(`(?:。\\s*|[，,]\\s*(?=${ASKS}))([^；;。]+)。?$`, 'u');

interface VerbList {
  role: Role;
  units: WrittenUnit[];
  trailing?: string;
}

interface VerbPart extends VerbList {
  verb: string;
}

/**
 * A part naming units and then their role verb, text[start, end) (市商务委牵头, 市财政局等配合, 各区县政府按职责分工负责):
 * undefined if the part has no verb at its end, null if it has one but what stands before it is no list of units.
 */
function verbPart(text: string, start: number, end: number, spanOf: (s: number, e: number) => Span): VerbPart | undefined | null {
  const m = ROLE_VERB_PART.exec(text.slice(start, end));
  if (!m || /^按/.test(m[1] as string)) return undefined;
  const verb = m[3] as string;
  const unitsStart = start + m.index + m[0].indexOf(m[1] as string);
  const units = splitUnits(text, unitsStart, unitsStart + (m[1] as string).length, spanOf).map(withoutMark);
  // 具体工作由市招商中心负责: a clause of its own, not a unit's name.
  if (units.length === 0 || !units.every((u) => UNIT_NAME.test(u.asWritten) && !u.asWritten.includes('由'))) return null;
  const part: VerbPart = { verb, role: ROLE_OF_VERB[verb] ?? 'RESPONSIBLE', units };
  if (m[2]) part.trailing = `${m[2]}${verb}`;
  return part;
}

/**
 * A segment of a labelled clause whose parts carry role verbs (省商务厅牵头，省发展改革委、省财政厅、省委网信办配合): one list
 * per part, its role by its verb (a part without one, or with 负责, takes the label's). Undefined unless some part leads
 * or supports by its verb; then a part that is only a closing phrase (，按职责分工负责) is the part before's trailing.
 */
function verbLists(text: string, start: number, end: number, labelRole: Role, spanOf: (s: number, e: number) => Span): VerbList[] | undefined {
  const out: VerbList[] = [];
  let byVerb = false;
  for (const [s, e] of splitTop(text, start, end, /[，,。]/).flatMap(([a, b]) => afterRoleVerbs(text, a, b))) {
    const part = text.slice(s, e);
    if (part.trim().length === 0) continue;
    const tm = TRAILING.exec(part);
    const last = out[out.length - 1];
    if (tm && tm.index === 0 && tm[1] && last) {
      last.trailing = tm[1];
      continue;
    }
    // 区农业农村委牵头，争取市农业农村委、市科技局支持: a request to bodies above gives them no task; it closes the part before.
    if (REQUEST.test(part) && last) {
      last.trailing = [last.trailing, part.trim()].filter((t) => t !== undefined).join('，');
      continue;
    }
    const vp = verbPart(text, s, e, spanOf);
    if (vp === null) return undefined;
    if (vp !== undefined) {
      byVerb ||= !PLAIN_VERBS.has(vp.verb);
      const v: VerbList = { role: PLAIN_VERBS.has(vp.verb) ? labelRole : vp.role, units: vp.units };
      if (vp.trailing !== undefined) v.trailing = vp.trailing;
      out.push(v);
      continue;
    }
    const { end: e2, trailing } = cutTrailing(text, s, e);
    const units = splitUnits(text, s, e2, spanOf);
    if (units.length === 0) return undefined;
    const v: VerbList = { role: labelRole, units: units.map(withoutMark) };
    if (trailing !== undefined) v.trailing = trailing;
    out.push(v);
  }
  return byVerb ? out : undefined;
}

/**
 * A clause without brackets on the item's last lines: 责任单位：重庆海关、市政府口岸物流办；成都海关、… on a line of its own,
 * or 牵头单位：… and 配合单位：… on two. Taken only when everything from the label to the end is unit lists, so that
 * 明确责任单位：… inside a sentence stays text.
 */
function bareClause(text: string, jurisdictions: readonly JurisdictionRef[], spanOf: (s: number, e: number) => Span): UnitList[] {
  BARE_OPEN.lastIndex = 0;
  const m = BARE_OPEN.exec(text);
  if (!m) return [];
  let end = text.length;
  while (end > 0 && /[。；;，,\s]/.test(text.charAt(end - 1))) end--;
  const lists = clauseLists(text, m.index + m[0].length, end, m[1] as string, jurisdictions, spanOf);
  const units = lists.flatMap((l) => l.units);
  return units.length > 0 && units.every((u) => UNIT_NAME.test(u.asWritten) && BARE_UNIT_END.test(u.asWritten)) ? lists : [];
}

const NOTE_AFTER = new RegExp(`^\\s*[（(]\\s*(${FIRST_LEADS_NOTE}|下同)\\s*[）)]`, 'u');

export function findUnitClauses(text: string, comp: Composite, jurisdictions: readonly JurisdictionRef[]): UnitClauseResult {
  const lists: UnitList[] = [];
  const spanOf = (s: number, e: number): Span => comp.span(s, e);
  CLAUSE_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_OPEN.exec(text)) !== null) {
    const open = m[0].charAt(0);
    const contentStart = m.index + m[0].length;
    const close = findClose(text, contentStart, open);
    if (close < 0) return { lists, unclosedAt: m.index };
    const clause = clauseLists(text, contentStart, close, m[1] as string, jurisdictions, spanOf);
    // （责任单位：…）（排名第一的为牵头单位）: the note in brackets of its own, right after the clause.
    const note = NOTE_AFTER.exec(text.slice(close + 1));
    lists.push(...(note ? withNotes(clause, [note[1] as string]) : clause));
    CLAUSE_OPEN.lastIndex = close + 1 + (note?.[0].length ?? 0);
  }
  if (lists.length > 0) return { lists };
  const bare = bareClause(text, jurisdictions, spanOf);
  return { lists: bare.length > 0 ? bare : unlabelledClause(text, spanOf, jurisdictions) };
}
