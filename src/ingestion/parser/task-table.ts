/**
 * A 重点任务分工表 that repeats the body's measures: many plans state their measures in the body without units and list
 * who does each in an attachment table whose rows name the measures again (1⇥协同推进通关便利化⇥重庆海关；成都海关⇥…).
 */
import type { ParsedItem, ParsedSection } from '../../model/parsed';

// What a row or heading writes before the measure's words: （一）, 1., 第一条.
const NUMBER_IN_FRONT = /^\s*(?:[（(]\s*[一二三四五六七八九十百]+\s*[）)]|\d{1,2}\s*[.．、]|第[一二三四五六七八九十百]+条)\s*/u;

function titleKey(title: string): string {
  return title.replace(NUMBER_IN_FRONT, '').replace(/[\s。；;，,]+/gu, '');
}

/**
 * Gives each row of an attachment table that names a body measure by its title, where that measure names no units,
 * the row's units, cells (its deadline, its details), targets and mentions, and takes the row out of the table's
 * measures: one task, one measure, the row's words still where the table has them. A row whose title matches no
 * measure, or several, or one that names units of its own, stays a row.
 */
export function joinTaskTable(sections: ParsedSection[]): void {
  const byTitle = new Map<string, ParsedItem[]>();
  const index = (items: readonly ParsedItem[]): void => {
    for (const item of items) {
      const key = titleKey(item.title);
      if (key.length > 0) byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
      index(item.subItems);
    }
  };
  for (const s of sections) if (s.kind !== 'ATTACHMENT') index(s.items);
  for (const s of sections) {
    if (s.kind !== 'ATTACHMENT') continue;
    s.items = s.items.filter((row) => {
      const matches = byTitle.get(titleKey(row.title)) ?? [];
      const measure = matches.length === 1 ? matches[0] : undefined;
      if (!measure || row.unitLists.length === 0 || measure.unitLists.length > 0) return true;
      measure.unitLists = row.unitLists;
      if (row.table) measure.table = row.table;
      measure.targets = [...measure.targets, ...row.targets];
      measure.mentions = [...measure.mentions, ...row.mentions];
      return false;
    });
  }
}
