/**
 * A table of indicators (序号 / 指标名称 / 单位 / 2023年基数 / 2025年目标 / 责任单位): each row's goal cell is a target, its
 * year from the column's header, its unit from the 单位 column unless the cell writes one (95%), what it counts from
 * the row's name.
 */
import type { Span, Target } from '../../model/parsed';
import { asciiDigits } from './patterns';

/** A goal column's header: 2025年目标, 2025年目标值, 目标值（2025年）, 2025年预期, 目标 in a table of indicators. */
const GOAL_HEADER = /目标|预期/;
const HEADER_YEAR = /(\d{4})\s*年/;

// ≥95, 1500以上, 不低于90, 10—15, 95%, 1500亿元. The figure as written, its comparator kept as written (≥, 以上, 不低于).
const BEFORE = '≥|≤|＞|＜|>=|<=|>|<|不低于|不少于|不高于|不超过|超过|达到|力争达到';
const AFTER = '以上|以下|左右|以内|及以上';
// 累计5, 力争240, 5（累计）, 年均增长10%: a word before or a note after the figure says how it counts (group 1 or 7).
const QUALIFIER = '累计|力争|年均增长|同比增长|增长';
const GOAL_CELL = new RegExp(
  `^(${QUALIFIER})?\\s*(${BEFORE})?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*[%％]?\\s*[—–－~～至-]\\s*)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*([%％]|(?!${AFTER})[\\u3400-\\u9fff]{1,4}?)?\\s*(${AFTER})?\\s*(?:[（(]\\s*(累计)\\s*[）)])?$`,
  'u',
);

/** Whether a column header names the goal of a table of indicators (`indicators`: the table has a 指标 column). */
export function isGoalHeader(header: string, indicators: boolean): boolean {
  if (!GOAL_HEADER.test(header)) return false;
  // Only a header that is the goal alone (2025年目标值, 目标值（2025年）): 2024年目标任务 and 工作目标 describe the work. Without
  // a year, only in a table of indicators.
  const goalOnly = /^(?:[\d０-９]{4}年(?:底|末)?)?(?:目标|目标值|预期|预期值|预期目标)(?:[（(][^）)]*[）)])?$/u.test(header.replace(/\s+/gu, ''));
  return goalOnly && (HEADER_YEAR.test(asciiDigits(header)) || indicators);
}

/**
 * The target a goal cell states, or undefined for a cell with no figure (持续提升, —). `unit`: the row's 单位 cell;
 * `subject`: the row's name; `span`: where the cell stands in the source.
 */
export function goalTarget(cell: string, header: string, unit: string, subject: string, span: Span): Target | undefined {
  const m = GOAL_CELL.exec(asciiDigits(cell).trim());
  if (!m) return undefined;
  const [, qualifier, before, from, figure, ownUnit, after, noted] = m;
  const quantity = Number((figure as string).replace(/,/g, ''));
  if (!Number.isFinite(quantity)) return undefined;
  const year = HEADER_YEAR.exec(asciiDigits(header))?.[1];
  const written = ownUnit === '％' ? '%' : ownUnit;
  // 1.5万 under 列: 1.5 万列, the cell's scale on the column's unit.
  const scaled = written !== undefined && /^(?:万|亿|千|百|万亿)$/u.test(written) && unit.trim() !== '' ? `${written}${unit.trim()}` : written;
  const unitOf = scaled !== undefined && scaled !== '' ? scaled : unit.trim();
  const comparator = before ?? after;
  return {
    text: cell.trim(),
    ...(year === undefined ? {} : { year: Number(year) }),
    quantity,
    ...(from === undefined ? {} : { quantityFrom: Number(from) }),
    ...(unitOf === '' ? {} : { unit: unitOf }),
    ...(comparator === undefined ? {} : { comparator }),
    ...(subject.trim() === '' ? {} : { subject: subjectOf(subject.trim(), qualifier ?? noted) }),
    span,
  };
}

/** The row's name with how the figure counts: 累计 before it (累计实际利用外资), a growth after it (…开行量年均增长). */
function subjectOf(subject: string, qualifier: string | undefined): string {
  if (qualifier === '累计') return `累计${subject}`;
  if (qualifier !== undefined && qualifier.endsWith('增长')) return `${subject}${qualifier}`;
  return subject;
}
