/**
 * A 重点任务分工表 that repeats the body's measures: many plans state their measures in the body without units and list
 * who does each in an attachment table whose rows name the measures again (1⇥协同推进通关便利化⇥重庆海关；成都海关⇥…).
 */
import type { ParsedItem, ParsedSection } from '../../model/parsed';

// What a row or heading writes before the measure's words: （一）, 1., 第一条.
const NUMBER_IN_FRONT = /^\s*(?:[（(]\s*[一二三四五六七八九十百]+\s*[）)]|[一二三四五六七八九十百]+\s*[、.．]|\d{1,2}\s*[.．、]|第[一二三四五六七八九十百]+条)\s*/u;

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
    takeCategoryRows(s, byTitle);
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

/**
 * The rows under a category row that repeats a body measure's title (一、提升贸易便利化水平 over rows 1 and 2, the body's
 * （一）提升贸易便利化水平。…): that measure's tasks, each with its units and deadline. They become its sub-items, as 1.
 * and 2. below it would be, where the measure names no units and has no sub-items of its own; the rows keep their
 * numbers, words, cells and places in the source.
 */
function takeCategoryRows(section: ParsedSection, byTitle: ReadonlyMap<string, ParsedItem[]>): void {
  const byCategory = new Map<string, ParsedItem[]>();
  for (const row of section.items) {
    const category = row.table?.category;
    if (category !== undefined) byCategory.set(category, [...(byCategory.get(category) ?? []), row]);
  }
  const taken = new Set<ParsedItem>();
  for (const [category, rows] of byCategory) {
    const matches = byTitle.get(titleKey(category)) ?? [];
    const measure = matches.length === 1 ? matches[0] : undefined;
    if (!measure || measure.unitLists.length > 0 || measure.subItems.length > 0 || rows.some((r) => r.unitLists.length === 0)) continue;
    if (new Set(rows.map((r) => r.number)).size !== rows.length) continue;
    measure.subItems = rows;
    for (const r of rows) taken.add(r);
  }
  if (taken.size > 0) section.items = section.items.filter((r) => !taken.has(r));
}

