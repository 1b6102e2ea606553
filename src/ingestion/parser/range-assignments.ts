/**
 * Measures given out by number in a section of their own (二、责任分工 ⏎ （一）第（一）—（二）项由市商务委牵头负责，重庆海关配合；):
 * the units of such an item belong to the measures it numbers, which name none of their own.
 */
import type { ParsedItem, ParsedSection, ParseWarning, UnitList } from '../../model/parsed';
import { parseChineseNumeral } from './chinese-numerals';
import { asciiDigits } from './patterns';

const NUMBER = '[（(]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]?';
// 第（一）—（二）项由, 第（三）项由, 第1—5项由, 第（一）、（三）项由: at the start of the item, before 由.
const RANGE = new RegExp(`^\\s*第(${NUMBER}(?:\\s*[—–－~至到、]\\s*${NUMBER})*)项(?:工作|任务|措施)?(?=由)`, 'u');

/** The numbers a range names, and whether it writes them as 1, 2 or as （一）, （二）. */
function numbersOf(range: string): { numbers: number[]; arabic: boolean } | undefined {
  const numbers: number[] = [];
  const arabic = /[0-9０-９]/u.test(range);
  for (const part of range.split('、')) {
    const ends = part.split(/[—–－~至到]/u).map((p) => p.replace(/[（()）\s]/gu, ''));
    const [from, to] = [ends[0], ends[ends.length - 1]].map((e) => (e === undefined ? undefined : /^[0-9０-９]+$/u.test(e) ? Number(asciiDigits(e)) : parseChineseNumeral(e)));
    if (from === undefined || to === undefined || to < from || to - from > 50) return undefined;
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return { numbers, arabic };
}

/** The item's own text after its number (（一）第（一）—（二）项… → 第（一）—（二）项…). */
function afterNumber(item: ParsedItem): string {
  return item.text.startsWith(item.number) ? item.text.slice(item.number.length) : item.text;
}

const NO_UNITS_WARNING = /^item (\S+) names no responsible unit/u;

/**
 * Moves the units of each assignment item to the measures its range numbers (by their ordinal across the plan's task
 * sections, written as the range writes them: （一） for （三）, 1. for 3), when each number names one measure and the
 * measure names no units itself; else they stay on the assignment, with a warning. A section whose items are all
 * assignments (二、任务分工) is no task section: it and its items become GENERAL.
 */
export function assignByRange(sections: ParsedSection[], warnings: ParseWarning[], lineOf: (offset: number) => number): void {
  const assignment = (item: ParsedItem): RegExpExecArray | null => RANGE.exec(afterNumber(item));
  for (const s of sections) {
    if (s.kind === 'TASKS' && s.items.length > 0 && s.items.every((i) => assignment(i) !== null)) {
      s.kind = 'GENERAL';
      for (const i of s.items) i.kind = 'GENERAL';
    }
  }
  const measures = sections.filter((s) => s.kind === 'TASKS').flatMap((s) => s.items.filter((i) => i.kind === 'MEASURE'));
  for (const section of sections) {
    if (section.kind !== 'GENERAL' && section.kind !== 'GUARANTEES') continue;
    for (const item of section.items) {
      const m = assignment(item);
      if (!m || item.unitLists.length === 0) continue;
      const range = numbersOf(m[1] as string);
      if (range === undefined) continue;
      const sameStyle = measures.filter((x) => /[0-9０-９]/u.test(x.number) === range.arabic);
      const targets = range.numbers.map((n) => sameStyle.filter((x) => x.ordinal === n));
      if (targets.some((t) => t.length !== 1) || targets.some((t) => (t[0] as ParsedItem).unitLists.length > 0)) {
        warnings.push({ line: lineOf(item.span.start), message: `item ${item.number} gives measures ${m[0].trim()} their units, but they cannot be told apart or name units of their own; the units stay on this item` });
        continue;
      }
      const lists: UnitList[] = item.unitLists;
      for (const [t] of targets as Array<[ParsedItem]>) {
        t.unitLists = lists.map((l) => ({ ...l, units: l.units.map((u) => ({ ...u })) }));
        // It names none itself, but it has its units now.
        const line = lineOf(t.span.start);
        for (let k = warnings.length - 1; k >= 0; k--) {
          const w = warnings[k] as ParseWarning;
          if (w.line === line && NO_UNITS_WARNING.exec(w.message)?.[1] === t.number) warnings.splice(k, 1);
        }
      }
      item.unitLists = [];
    }
  }
}
