/**
 * Measures given out by number in a section of their own (二、责任分工 ⏎ （一）第（一）—（二）项由市商务委牵头负责，重庆海关配合；):
 * the units of such an item belong to the measures it numbers, which name none of their own.
 */
import type { ParsedItem, ParsedSection, ParseWarning, UnitList } from '../../model/parsed';
import { parseChineseNumeral } from './chinese-numerals';
import { asciiDigits } from './patterns';

const NUMBER = '[（(]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]?';
const RANGE = new RegExp(`^\\s*第${NUMBER}(?:\\s*[—–－~至到]\\s*${NUMBER})?项(?:工作|任务|措施)?(?=由)`, 'u');

function ordinalOf(written: string): number | undefined {
  return /^[0-9０-９]+$/u.test(written) ? Number(asciiDigits(written)) : parseChineseNumeral(written);
}

/** The item's own text after its number (（一）第（一）—（二）项… → 第（一）—（二）项…). */
function afterNumber(item: ParsedItem): string {
  return item.text.startsWith(item.number) ? item.text.slice(item.number.length) : item.text;
}

/**
 * Moves the units of each assignment item to the measures its range numbers (by their ordinal, across the plan's task
 * sections), when each number names one measure and the measure names no units itself. A range that names a number
 * twice (numbering restarting in each section) or no measure is left where it is, with a warning.
 */
export function assignByRange(sections: readonly ParsedSection[], warnings: ParseWarning[], lineOf: (offset: number) => number): void {
  const measures = sections.filter((s) => s.kind === 'TASKS').flatMap((s) => s.items.filter((i) => i.kind === 'MEASURE'));
  for (const section of sections) {
    // Only a section of the plan's own (责任分工, 组织实施): an attachment's row 第一项改革 is a task of its own.
    if (section.kind !== 'GENERAL' && section.kind !== 'GUARANTEES') continue;
    for (const item of section.items) {
      const m = RANGE.exec(afterNumber(item));
      if (!m || item.unitLists.length === 0) continue;
      const from = ordinalOf(m[1] as string);
      const to = m[2] === undefined ? from : ordinalOf(m[2]);
      if (from === undefined || to === undefined || to < from) continue;
      const targets: ParsedItem[] = [];
      let ambiguous = false;
      for (let n = from; n <= to; n++) {
        const numbered = measures.filter((x) => x.ordinal === n);
        if (numbered.length !== 1) ambiguous = true;
        else targets.push(numbered[0] as ParsedItem);
      }
      if (ambiguous || targets.some((t) => t.unitLists.length > 0)) {
        warnings.push({ line: lineOf(item.span.start), message: `item ${item.number} gives measures ${m[0].trim()} their units, but they cannot be told apart or name units of their own; the units stay on this item` });
        continue;
      }
      const lists: UnitList[] = item.unitLists;
      for (const t of targets) t.unitLists = lists.map((l) => ({ ...l, units: l.units.map((u) => ({ ...u })) }));
      item.unitLists = [];
    }
  }
}
